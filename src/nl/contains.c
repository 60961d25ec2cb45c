/* nl tier 0, words inside a text: "museums with 'Plaza' in their name", "singers whose name
 * contains Kim", "songs with a title starting with 'Love'". The word is no stored value of its
 * own: it is part of the rows' name (or of the text column named), compared with LIKE, both
 * sides lowercased so that SQLite, PostgreSQL and MariaDB agree whatever their collation. Read
 * before t0_interpret(), which would otherwise leave the word unread or take it for a value. */
#include <ctype.h>
#include <string.h>

#include "nl/nl_int.h"
#include "nl/tier0_int.h"
#include "util/buf.h"

#include "util/banned.h"

static int word_is(const struct query *q, size_t i, const char *const *words, size_t n)
{
    return i < q->n && q->sp[i].len == 1 && nl_word_in(q->toks[q->sp[i].tok].word, words, n);
}
#define WORD_IS(q, i, arr) word_is((q), (i), (arr), sizeof(arr) / sizeof((arr)[0]))

static const char *const in_w[] = {"in"}, *const it_w[] = {"it"}, *const that_w[] = {"that"};
static const char *const with_in[] = {"with", "in"};
static const char *const before[] = {"whose", "with", "a", "the"};

/* "name", "title" (or "names", "titles"): the text the word is part of */
static int name_word(const struct query *q, size_t i)
{
    static const char *const names[] = {"name", "names", "title", "titles"};
    return WORD_IS(q, i, names);
}

/* The word looked for: a quoted text, or one word the schema does not know (a stored value is
 * taken too: "Plaza" may be a whole value elsewhere). Never a number or a schema name. */
static int pattern_at(const struct query *q, size_t i)
{
    if (i >= q->n || q->sp[i].len != 1)
        return 0;
    const struct nl_token *t = &q->toks[q->sp[i].tok];
    if (strpbrk(t->word, "%_\\") || !t->word[0])
        return 0; /* LIKE's own characters: not written into a pattern */
    if (t->kind == NL_TOK_QUOTED)
        return 1;
    return t->kind == NL_TOK_WORD &&
           (q->sp[i].kind == NL_SPAN_UNKNOWN || q->sp[i].kind == NL_SPAN_VALUE);
}

/* The text column of t the name word stands for: a column it names, else the rows' label; a
 * person's name kept in two columns (first and last) gives both, the second in *c2. */
static int text_col(const struct query *q, int t, size_t name_span, int *c2)
{
    const struct nl_span *sp = &q->sp[name_span];
    *c2 = -1;
    for (size_t k = 0; sp->kind == NL_SPAN_COLUMN && k < sp->n_cand; k++)
        if (sp->cand[k].table == t &&
            q->s->tables[t].cols[sp->cand[k].col].type == SCHEMA_TYPE_TEXT)
            return sp->cand[k].col;
    int lab[2], n = t0_label_cols(q, t, lab, 0);
    if (n < 1 || q->s->tables[t].cols[lab[0]].type != SCHEMA_TYPE_TEXT)
        return -1;
    if (n > 1 && q->s->tables[t].cols[lab[1]].type == SCHEMA_TYPE_TEXT)
        *c2 = lab[1];
    return lab[0];
}

static int add_like(struct query *q, size_t pattern, size_t name_span, int where, size_t from,
                    size_t to)
{
    int t = t0_table_before(q, from), c2 = -1, c = -1;
    int pv = t0_prev_content(q, from);
    if (pv >= 0 && q->sp[pv].kind == NL_SPAN_COLUMN) {
        /* "a song having 'Hey' in its name" over singer.Song_Name, "the state whose name
         * contains 'North'": the text said just before is the one searched */
        for (size_t k = 0; k < q->sp[pv].n_cand && c < 0; k++)
            if (q->s->tables[q->sp[pv].cand[k].table].cols[q->sp[pv].cand[k].col].type ==
                    SCHEMA_TYPE_TEXT &&
                (t < 0 || q->sp[pv].cand[k].table == t)) {
                t = q->sp[pv].cand[k].table;
                c = q->sp[pv].cand[k].col;
            }
        if (c < 0)
            return 0;
        if (pv > 0 && q->sp[pv - 1].kind == NL_SPAN_STOPWORD &&
            (strcmp(q->toks[q->sp[pv - 1].tok].word, "a") == 0 ||
             strcmp(q->toks[q->sp[pv - 1].tok].word, "an") == 0))
            from = (size_t)pv - 1; /* "in a city whose name ...": the condition, not a column
                                    * to show */
    } else if (pv >= 0 && q->sp[pv].kind == NL_SPAN_TABLE && q->sp[pv].n_cand) {
        t = q->sp[pv].cand[0].table; /* "customers who bought a product with 'Pro' in its name" */
    }
    if (c < 0)
        c = t >= 0 ? text_col(q, t, name_span, &c2) : -1;
    size_t w = from;
    while (w > 0 && q->sp[w - 1].kind == NL_SPAN_STOPWORD)
        w--;
    if (c >= 0 && w > 0 && q->sp[w - 1].kind == NL_SPAN_UNKNOWN)
        /* "singers who have a song having 'Hey' in its name": whose name, the song's? */
        t0_doubt(q, P_UNSURE, "'%s' in the name of '%s', a word not understood",
                 q->toks[q->sp[pattern].tok].word, q->toks[q->sp[w - 1].tok].word);
    struct filter *f = c >= 0 ? t0_new_filter(q, FILTER_LIKE) : NULL;
    if (!f)
        return 0;
    f->t = f->t2 = t;
    f->c = c;
    f->c2 = c2;
    f->flag = where;
    f->vals[0] = q->toks[q->sp[pattern].tok].word;
    f->n_vals = 1;
    q->any_link = 1;
    t0_consume(q, from, to);
    return 1;
}

/* "(with) X in their name": the end of the reading, or 0 */
static size_t in_their_name(struct query *q, size_t i)
{
    static const char *const owners[] = {"their", "its", "the", "his", "her"};
    static const char *const withs[] = {"with", "having", "has", "have", "contain", "contains"};
    if (!pattern_at(q, i) || !WORD_IS(q, i + 1, in_w) || !WORD_IS(q, i + 2, owners) ||
        !name_word(q, i + 3))
        return 0;
    /* "with" stays: it still says the rows lead a list ("airports with 'x' in their name, and
     * which city they're in") */
    size_t from =
        i > 0 && WORD_IS(q, i - 1, withs) && strcmp(q->toks[q->sp[i - 1].tok].word, "with") != 0
            ? i - 1
            : i;
    return add_like(q, i, i + 3, LIKE_CONTAINS, from, i + 3) ? i + 3 : 0;
}

/* "whose name contains X", "a title starting with X", "names ending in X": the end, or 0 */
static size_t name_contains(struct query *q, size_t i)
{
    static const char *const contains[] = {"contains",  "containing", "contain", "includes",
                                           "including", "include",    "has",     "having"};
    static const char *const starts[] = {"starting",  "starts", "start",
                                         "beginning", "begins", "begin"};
    static const char *const ends[] = {"ending", "ends", "end"};
    static const char *const fillers[] = {"the",     "a",         "word",   "words",
                                          "letters", "letter",    "text",   "string",
                                          "part",    "substring", "phrase", "characters"};
    if (!name_word(q, i))
        return 0;
    size_t j = i + 1, start = i;
    if (WORD_IS(q, j, that_w))
        j++;
    int where;
    if (WORD_IS(q, j, contains)) {
        where = LIKE_CONTAINS;
        j++;
    } else if (WORD_IS(q, j, starts) || WORD_IS(q, j, ends)) {
        where = WORD_IS(q, j, starts) ? LIKE_STARTS : LIKE_ENDS;
        j++;
        if (!WORD_IS(q, j, with_in))
            return 0;
        j++;
    } else {
        return 0;
    }
    while (WORD_IS(q, j, fillers) && j + 1 < q->n)
        j++;
    if (!pattern_at(q, j))
        return 0;
    if (i > 0 && WORD_IS(q, i - 1, before))
        start = i - 1;
    size_t end = j;
    if (WORD_IS(q, j + 1, in_w) && WORD_IS(q, j + 2, it_w))
        end = j + 2; /* "a name with 'x' in it" */
    return add_like(q, j, i, where, start, end) ? end : 0;
}

void t0_contains_read(struct query *q)
{
    for (size_t i = 0; i < q->n && q->nf < NL_MAX_FILTERS; i++) {
        size_t end = in_their_name(q, i);
        if (!end)
            end = name_contains(q, i);
        if (end)
            i = end;
    }
}

static void put_like(const struct filter *f, const char *col, struct buf *b)
{
    buf_printf(b, "LOWER(%s) LIKE '", col);
    if (f->flag != LIKE_STARTS)
        buf_putc(b, '%');
    for (const char *p = f->vals[0]; *p; p++) {
        char c = (char)tolower((unsigned char)*p);
        if (c == '\'')
            buf_putc(b, '\'');
        buf_putc(b, c);
    }
    if (f->flag != LIKE_ENDS)
        buf_putc(b, '%');
    buf_putc(b, '\'');
}

void t0_contains_put(const struct filter *f, const char *col, const char *col2, struct buf *b)
{
    if (!col2) {
        put_like(f, col, b);
        return;
    }
    buf_putc(b, '('); /* "Smith in their name": the first name or the last */
    put_like(f, col, b);
    buf_puts(b, " OR ");
    put_like(f, col2, b);
    buf_putc(b, ')');
}
