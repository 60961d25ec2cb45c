/* nl write intent: does a question ask genbi to change data or the database? genbi only reads,
 * so such questions are refused politely before any SQL is generated (the safety gate in db/
 * still refuses writes whatever happens here; this check is for a clear answer, not safety).
 *
 * A write is asked for when a write verb stands where an imperative stands — at the start of a
 * sentence or after "please", "can you", "then", "and", "I want you to" ... — with something
 * after it, or when the question carries a SQL writing statement ("DELETE FROM", "DROP TABLE").
 * Only base forms count as imperatives: "cancelled", "removed", "added" in "how many orders were
 * cancelled?" are participles and describe data, they do not ask to change it. */
#include <stdio.h>
#include <string.h>

#include "nl/nl.h"
#include "nl/nl_int.h"
#include "util/question.h"

#include "util/banned.h"

/* write verbs (base form) and what they would do, for the explanation */
static const struct {
    const char *verb;
    const char *action;
} write_verbs[] = {
    {"delete", "delete data"},
    {"remove", "remove data"},
    {"erase", "erase data"},
    {"purge", "purge data"},
    {"wipe", "wipe data"},
    {"destroy", "destroy data"},
    {"drop", "drop database objects"},
    {"truncate", "empty tables"},
    {"clear", "clear data"},
    {"reset", "reset data"},
    {"flush", "flush data"},
    {"update", "update data"},
    {"modify", "modify data"},
    {"change", "change data"},
    {"edit", "edit data"},
    {"set", "set values"},
    {"rename", "rename objects"},
    {"overwrite", "overwrite data"},
    {"replace", "replace data"},
    {"fix", "fix data"},
    {"insert", "insert data"},
    {"add", "add data"},
    {"append", "add data"},
    {"populate", "add data"},
    {"import", "import data"},
    {"create", "create database objects"},
    {"alter", "change the database structure"},
    {"grant", "change permissions"},
    {"revoke", "change permissions"},
    {"merge", "merge data"},
    {"upsert", "write data"},
    {"cancel", "cancel records"},
    {"archive", "archive data"},
    {"restore", "restore data"},
    {"deactivate", "deactivate records"},
    {"activate", "activate records"},
    {"disable", "disable records"},
    {"enable", "enable records"},
    {"ban", "ban users"},
    {"assign", "assign records"},
    {"reassign", "reassign records"},
    {"increase", "change values"},
    {"decrease", "change values"},
    {"raise", "change values"},
    {"reduce", "change values"},
    {"move", "move data"},
    {"apply", "change values"},
    {"lock", "lock data"},
    {"unlock", "unlock data"},
    {"vacuum", "rewrite the database"},
    {"reindex", "rebuild indexes"},
    {"kill", "kill sessions"},
    {"shutdown", "shut the database down"},
};

/* multi-word write phrases, checked like verbs */
static const struct {
    const char *w1, *w2, *w3;
    const char *action;
} write_phrases[] = {
    {"get", "rid", "of", "delete data"},      {"clean", "up", NULL, "delete data"},
    {"clear", "out", NULL, "delete data"},    {"wipe", "out", NULL, "delete data"},
    {"throw", "away", NULL, "delete data"},   {"do", "away", "with", "delete data"},
    {"take", "out", NULL, "delete data"},     {"sign", "up", NULL, "add data"},
    {"make", "changes", NULL, "change data"}, {"make", "a", "change", "change data"},
};

/* "add up", "a set of", "the change in": the verb's word used as something else */
static const struct {
    const char *verb, *next;
} not_a_write[] = {
    {"add", "up"},      {"set", "of"},      {"change", "in"},   {"change", "of"},
    {"change", "over"}, {"drop", "in"},     {"drop", "of"},     {"update", "on"},
    {"update", "of"},   {"increase", "in"}, {"increase", "of"}, {"decrease", "in"},
    {"decrease", "of"}, {"drop", "me"},     {"drop", "us"},
};

/* "create time", "update frequency", "drop rate": a write verb's word used as the first half of a
 * compound noun naming an attribute; these heads never take a write verb's object */
static const char *const compound_heads[] = {
    "time",  "times",     "date",     "dates", "datetime", "timestamp", "timestamps",
    "day",   "frequency", "rate",     "rates", "history",  "log",       "logs",
    "count", "counts",    "timeline", "year",  "month",    "hour",      "interval",
};

/* words after which the next word stands in imperative position */
static const char *const lead_ins[] = {
    "please",  "kindly",  "now",     "then",  "and",        "also",         "just",
    "so",      "next",    "finally", "first", "afterwards", "afterward",    "immediately",
    "quickly", "simply",  "lets",    "pls",   "plz",        "additionally", "secondly",
    "lastly",  "instead", "but",     "or",    "let's",
};

/* "X you": can you, could you, would you, will you */
static const char *const you_askers[] = {"can", "could", "would", "will", "must", "should", "you"};

/* "X to <verb>": want to, need to, like to */
static const char *const to_askers[] = {
    "want", "need",   "like", "love",    "wish",         "going",       "have", "has",
    "try",  "trying", "able", "allowed", "supposed",     "asked",       "told", "ought",
    "you",  "me",     "us",   "time",    "instructions", "instruction", "task", "job",
};

/* SQL writing statements: first keyword, then one of the second (NULL = anything) */
static const struct {
    const char *kw;
    const char *next[20];
} sql_writes[] = {
    {"delete", {"from", NULL}},
    {"insert", {"into", "ignore", "overwrite", NULL}},
    {"replace", {"into", NULL}},
    {"merge", {"into", NULL}},
    {"upsert", {"into", NULL}},
    {"drop",
     {"table", "database", "schema", "view", "index", "column", "user", "role", "function",
      "procedure", "trigger", "sequence", "materialized", "if", "type", NULL}},
    {"truncate", {"table", NULL}},
    {"alter",
     {"table", "database", "schema", "view", "user", "role", "index", "sequence", "system",
      "function", "type", NULL}},
    {"create",
     {"table", "database", "schema", "view", "index", "user", "role", "function", "procedure",
      "trigger", "sequence", "temp", "temporary", "or", "unique", "materialized", "type", NULL}},
    {"grant",
     {"all", "select", "insert", "update", "delete", "usage", "privileges", "execute", "admin",
      NULL}},
    {"revoke",
     {"all", "select", "insert", "update", "delete", "usage", "privileges", "execute", "admin",
      NULL}},
    {"attach", {"database", NULL}},
    {"into", {"outfile", "dumpfile", NULL}},
    {"load", {"data", NULL}},
    {"copy", {NULL}}, /* only as a statement start with "from"/"to" later: see below */
};

/* A new sentence, clause list or instruction starts at word i: the first word, or one after any
 * of these bytes. */
static int sentence_start(const struct question *q, size_t i)
{
    if (i == 0)
        return 1;
    const struct question_word *prev = &q->words[i - 1];
    for (size_t k = prev->off + prev->len; k < q->words[i].off; k++)
        if (strchr(".;!?:\n,(\"`-*>", q->text[k]))
            return 1;
    return 0;
}

static const char *word_at(const struct question *q, size_t i)
{
    return q->words[i].w;
}

static int imperative_position(const struct question *ws, size_t i)
{
    if (sentence_start(ws, i))
        return 1;
    const char *p1 = i >= 1 ? word_at(ws, i - 1) : "";
    const char *p2 = i >= 2 ? word_at(ws, i - 2) : "";
    if (NL_WORD_IN(p1, lead_ins))
        return 1;
    if (strcmp(p1, "you") == 0 && NL_WORD_IN(p2, you_askers))
        return 1;
    if (strcmp(p1, "to") == 0 && NL_WORD_IN(p2, to_askers))
        return 1;
    if (strcmp(p1, "me") == 0 && (strcmp(p2, "help") == 0 || strcmp(p2, "let") == 0))
        return 1;
    if (strcmp(p1, "ahead") == 0 && strcmp(p2, "go") == 0)
        return 1;
    /* "please, delete" / "can you please delete" are covered by "please" above */
    return 0;
}

static int write_sql(const struct question *ws, size_t i)
{
    for (size_t k = 0; k < sizeof sql_writes / sizeof sql_writes[0]; k++) {
        const char *w = word_at(ws, i);
        if (w[0] != sql_writes[k].kw[0] || strcmp(w, sql_writes[k].kw) != 0 || i + 1 >= ws->n_words)
            continue;
        if (strcmp(sql_writes[k].kw, "copy") == 0) {
            /* COPY t FROM / TO 'file' at the start of a statement */
            if (sentence_start(ws, i) && i + 2 < ws->n_words &&
                (strcmp(word_at(ws, i + 2), "from") == 0 || strcmp(word_at(ws, i + 2), "to") == 0))
                return 1;
            continue;
        }
        for (size_t j = 0; sql_writes[k].next[j]; j++)
            if (strcmp(word_at(ws, i + 1), sql_writes[k].next[j]) == 0)
                return 1;
    }
    /* UPDATE t SET ... */
    if (strcmp(word_at(ws, i), "update") == 0 && i + 2 < ws->n_words &&
        strcmp(word_at(ws, i + 2), "set") == 0)
        return 1;
    return 0;
}

int nl_write_intent(const struct question *question, char *why, size_t why_len)
{
    const struct question *ws = question;
    const char *action = NULL;

    if (why && why_len)
        why[0] = '\0';
    if (!question)
        return 0;
    for (size_t i = 0; i < ws->n_words && !action; i++) {
        if (write_sql(ws, i)) {
            action = "run a statement that changes the database";
            break;
        }
        if (!imperative_position(ws, i))
            continue;
        for (size_t k = 0; k < sizeof write_phrases / sizeof write_phrases[0] && !action; k++) {
            if (word_at(ws, i)[0] == write_phrases[k].w1[0] &&
                strcmp(word_at(ws, i), write_phrases[k].w1) == 0 && i + 1 < ws->n_words &&
                strcmp(word_at(ws, i + 1), write_phrases[k].w2) == 0 &&
                (!write_phrases[k].w3 ||
                 (i + 2 < ws->n_words && strcmp(word_at(ws, i + 2), write_phrases[k].w3) == 0)))
                action = write_phrases[k].action;
        }
        for (size_t k = 0; k < sizeof write_verbs / sizeof write_verbs[0] && !action; k++) {
            if (word_at(ws, i)[0] != write_verbs[k].verb[0] ||
                strcmp(word_at(ws, i), write_verbs[k].verb) != 0)
                continue;
            /* an imperative has an object: "delete all orders", not "delete" alone */
            if (i + 1 >= ws->n_words || sentence_start(ws, i + 1))
                continue;
            int exception = 0;
            for (size_t x = 0; x < sizeof not_a_write / sizeof not_a_write[0]; x++)
                if (strcmp(not_a_write[x].verb, word_at(ws, i)) == 0 &&
                    strcmp(not_a_write[x].next, word_at(ws, i + 1)) == 0)
                    exception = 1;
            if (NL_WORD_IN(word_at(ws, i + 1), compound_heads))
                exception = 1;
            if (!exception)
                action = write_verbs[k].action;
        }
    }
    if (!action)
        return 0;
    if (why && why_len)
        snprintf(why, why_len, "the question asks to %s; genbi only reads data", action);
    return 1;
}
