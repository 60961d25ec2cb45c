/* Unit tests for src/eval: the execution-accuracy rules (order, column permutation, DISTINCT,
 * floats, NULLs), Spider hardness, and the readers of datasets and recorded predictions. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/db.h"
#include "eval/eval.h"
#include "eval/eval_int.h"
#include "test.h"
#include "util/buf.h"

#include "util/banned.h"

/* ---- building results by hand: a spec is rows of cells separated by '|', rows by ';';
 * "N" is NULL, "'x" text, a number with '.' or 'e' a real, else an integer. ---- */

static void cell_set(struct db_cell *c, const char *tok)
{
    memset(c, 0, sizeof *c);
    if (strcmp(tok, "N") == 0) {
        c->type = DB_NULL;
        return;
    }
    if (tok[0] == '\'') {
        c->type = DB_TEXT;
        c->s = strdup(tok + 1);
        return;
    }
    c->s = strdup(tok);
    if (strpbrk(tok, ".e")) {
        c->type = DB_REAL;
        c->d = strtod(tok, NULL);
    } else {
        c->type = DB_INT;
        c->i = strtoll(tok, NULL, 10);
        c->d = (double)c->i;
    }
}

static struct db_result mk(size_t ncols, const char *spec)
{
    struct db_result r;
    memset(&r, 0, sizeof r);
    r.n_cols = ncols;
    r.cols = calloc(ncols ? ncols : 1, sizeof *r.cols);
    for (size_t j = 0; j < ncols; j++)
        r.cols[j] = strdup("c");
    size_t cap = 0;
    char *copy = strdup(spec), *save = NULL;
    for (char *row = strtok_r(copy, ";", &save); row; row = strtok_r(NULL, ";", &save)) {
        if (r.n_rows == cap) {
            cap = cap ? cap * 2 : 8;
            r.cells = realloc(r.cells, cap * ncols * sizeof *r.cells);
        }
        char *save2 = NULL;
        size_t j = 0;
        for (char *tok = strtok_r(row, "|", &save2); tok && j < ncols;
             tok = strtok_r(NULL, "|", &save2))
            cell_set(&r.cells[r.n_rows * ncols + j++], tok);
        r.n_rows++;
    }
    free(copy);
    return r;
}

static int match(size_t gc, const char *g, size_t pc, const char *p, int order)
{
    struct db_result a = mk(gc, g), b = mk(pc, p);
    int m = eval_result_match(&a, &b, order);
    db_result_free(&a);
    db_result_free(&b);
    return m;
}

static void test_cells(void)
{
    struct db_cell a, b;
    cell_set(&a, "N");
    cell_set(&b, "N");
    CHECK_INT(eval_cell_equal(&a, &b), 1); /* NULL equals NULL */
    cell_set(&b, "0");
    CHECK_INT(eval_cell_equal(&a, &b), 0); /* NULL is not 0 */
    free(b.s);
    cell_set(&b, "'");
    CHECK_INT(eval_cell_equal(&a, &b), 0); /* NULL is not '' */
    free(b.s);
    cell_set(&a, "1");
    cell_set(&b, "1.0");
    CHECK_INT(eval_cell_equal(&a, &b), 1); /* int 1 == real 1.0 */
    free(a.s);
    free(b.s);
    cell_set(&a, "0.30000000000000004");
    cell_set(&b, "0.3");
    CHECK_INT(eval_cell_equal(&a, &b), 1); /* within tolerance */
    free(a.s);
    free(b.s);
    cell_set(&a, "1234567.0");
    cell_set(&b, "1234567.5");
    CHECK_INT(eval_cell_equal(&a, &b), 1); /* relative 4e-7: inside EVAL_REL_TOL */
    free(a.s);
    free(b.s);
    cell_set(&a, "1.0");
    cell_set(&b, "1.001");
    CHECK_INT(eval_cell_equal(&a, &b), 0);
    free(a.s);
    free(b.s);
    cell_set(&a, "'1");
    cell_set(&b, "1");
    CHECK_INT(eval_cell_equal(&a, &b), 0); /* text never equals a number */
    free(a.s);
    free(b.s);
    cell_set(&a, "'Paris");
    cell_set(&b, "'paris");
    CHECK_INT(eval_cell_equal(&a, &b), 0); /* text is compared byte for byte */
    free(a.s);
    free(b.s);
}

static void test_tolerance_edge(void)
{
    /* the boundary of EVAL_REL_TOL (1e-6 relative): 9e-7 is equal, 1.5e-6 is not */
    struct db_cell a, b;
    cell_set(&a, "1000000.0");
    cell_set(&b, "1000000.9");
    CHECK_INT(eval_cell_equal(&a, &b), 1);
    free(b.s);
    cell_set(&b, "1000001.5");
    CHECK_INT(eval_cell_equal(&a, &b), 0);
    free(a.s);
    free(b.s);
}

static void test_order(void)
{
    /* multiset: order ignored unless the gold query orders */
    CHECK_INT(match(1, "1;2;3", 1, "3;1;2", 0), 1);
    CHECK_INT(match(1, "1;2;3", 1, "3;1;2", 1), 0);
    CHECK_INT(match(1, "1;2;3", 1, "1;2;3", 1), 1);
    /* multiset, not set: duplicates count */
    CHECK_INT(match(1, "'a;'a;'b", 1, "'a;'b;'b", 0), 0);
    CHECK_INT(match(1, "'a;'a;'b", 1, "'a;'b", 0), 0);
    CHECK_INT(match(1, "'a;'b;'a", 1, "'a;'a;'b", 0), 1);
    /* row count and column count */
    CHECK_INT(match(2, "1|2", 1, "1", 0), 0);
    /* two empty results match whatever their columns (as the published evaluator) */
    CHECK_INT(match(2, "", 1, "", 0), 1);
    CHECK_INT(match(1, "", 1, "1", 0), 0);
}

static void test_permutation(void)
{
    /* columns may come in another order */
    CHECK_INT(match(2, "'x|1;'y|2", 2, "1|'x;2|'y", 0), 1);
    CHECK_INT(match(2, "'x|1;'y|2", 2, "2|'x;1|'y", 0), 0); /* same columns, wrong pairing */
    /* with ordering: the permutation applies to each row, order still checked */
    CHECK_INT(match(2, "'x|1;'y|2", 2, "1|'x;2|'y", 1), 1);
    CHECK_INT(match(2, "'x|1;'y|2", 2, "2|'y;1|'x", 1), 0);
    /* two columns with the same value sets: only the right pairing matches */
    CHECK_INT(match(3, "1|2|'a;2|1|'b", 3, "'a|2|1;'b|1|2", 0), 1);
    CHECK_INT(match(3, "1|2|'a;2|1|'b", 3, "'a|1|2;'b|2|1", 0), 1);
    CHECK_INT(match(3, "1|2|'a;2|1|'b", 3, "'b|1|2;'a|1|2", 0), 0);
    /* NULLs take part in the permutation like values */
    CHECK_INT(match(2, "N|1;'z|2", 2, "1|N;2|'z", 0), 1);
    CHECK_INT(match(2, "N|1;'z|2", 2, "1|'z;2|N", 0), 0);
    /* floats inside a permutation */
    CHECK_INT(match(2, "0.1|'a", 2, "'a|0.1000000000001", 0), 1);
}

static void test_distinct(void)
{
    char *s = eval_strip_distinct(
        "SELECT DISTINCT name FROM t WHERE x = 'distinct' AND \"DISTINCT\" = 1");
    CHECK_STR(s, "SELECT  name FROM t WHERE x = 'distinct' AND \"DISTINCT\" = 1");
    free(s);
    s = eval_strip_distinct("select count(distinct a) from t");
    CHECK_STR(s, "select count( a) from t");
    free(s);
    s = eval_strip_distinct("SELECT a FROM distinct_values");
    CHECK_STR(s, "SELECT a FROM distinct_values");
    free(s);
}

static void test_order_matters(void)
{
    CHECK_INT(eval_order_matters("SELECT a FROM t ORDER BY a"), 1);
    CHECK_INT(eval_order_matters("select a from t order\n by a desc limit 3"), 1);
    CHECK_INT(eval_order_matters("SELECT a FROM t WHERE b = 'order by'"), 0);
    CHECK_INT(eval_order_matters(
                  "SELECT count(*) FROM t WHERE id = (SELECT id FROM u ORDER BY x LIMIT 1)"),
              0);
    CHECK_INT(eval_order_matters("SELECT a FROM t UNION SELECT a FROM u ORDER BY a"), 1);
    CHECK_INT(eval_order_matters("SELECT a FROM t"), 0);
}

/* ---- end to end on a real database: gold and predicted queries through db_exec ---- */

static char *make_db(void)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    struct buf p = BUF_INIT;
    if (!dir)
        dir = "/tmp";
    mkdir(dir, 0755);
    buf_printf(&p, "%s/test_eval_%d.sqlite", dir, (int)getpid());
    unlink(buf_cstr(&p));
    sqlite3 *db = NULL;
    sqlite3_open(buf_cstr(&p), &db);
    sqlite3_exec(db,
                 "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, city TEXT, score REAL);"
                 "INSERT INTO t VALUES (1,'ann','Oslo',1.5),(2,'bob','Oslo',NULL),"
                 "(3,'cid','Rome',2.0),(4,'dan',NULL,3.25);",
                 NULL, NULL, NULL);
    sqlite3_close(db);
    return buf_detach(&p);
}

static int ex(struct db *db, const char *gold, const char *pred)
{
    struct db_result g, p;
    struct db_error de;
    struct db_limits lim = {.timeout_ms = 30000, .row_cap = LIMIT_EVAL_ROW_CAP};
    char *gs = eval_strip_distinct(gold), *ps = eval_strip_distinct(pred);
    int ok = 0;
    memset(&g, 0, sizeof g);
    memset(&p, 0, sizeof p);
    if (db_exec(db, gs, &lim, &g, &de) == 0) {
        if (db_exec(db, ps, &lim, &p, &de) == 0) {
            ok = eval_result_match(&g, &p, eval_order_matters(gold));
            db_result_free(&p);
        }
        db_result_free(&g);
    }
    free(gs);
    free(ps);
    return ok;
}

static void test_end_to_end(void)
{
    char *path = make_db();
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open(path, &db, &e), 0);
    if (!db)
        goto out;
    /* DISTINCT ignored: removed from both sides before they run */
    CHECK_INT(ex(db, "SELECT DISTINCT city FROM t", "SELECT city FROM t"), 1);
    CHECK_INT(ex(db, "SELECT city FROM t", "SELECT DISTINCT city FROM t"), 1);
    /* the published evaluator's consequence: count(DISTINCT x) == count(x) */
    CHECK_INT(ex(db, "SELECT count(DISTINCT city) FROM t", "SELECT count(city) FROM t"), 1);
    /* columns permuted, names ignored */
    CHECK_INT(ex(db, "SELECT name, id FROM t", "SELECT id AS n, name AS m FROM t"), 1);
    /* ORDER BY in gold: the order counts */
    CHECK_INT(ex(db, "SELECT name FROM t ORDER BY id DESC", "SELECT name FROM t"), 0);
    CHECK_INT(
        ex(db, "SELECT name FROM t ORDER BY id DESC", "SELECT name FROM t ORDER BY name DESC"), 1);
    /* no ORDER BY in gold: any order */
    CHECK_INT(ex(db, "SELECT name FROM t", "SELECT name FROM t ORDER BY name DESC"), 1);
    /* int vs real, NULLs */
    CHECK_INT(ex(db, "SELECT sum(id) FROM t", "SELECT sum(id) * 1.0 FROM t"), 1);
    CHECK_INT(ex(db, "SELECT avg(score) FROM t", "SELECT (1.5 + 2.0 + 3.25) / 3"), 1);
    CHECK_INT(ex(db, "SELECT score FROM t", "SELECT coalesce(score, 0) FROM t"), 0);
    CHECK_INT(ex(db, "SELECT city FROM t WHERE id = 4", "SELECT NULL"), 1);
    /* a predicted query that fails is wrong */
    CHECK_INT(ex(db, "SELECT name FROM t", "SELECT nme FROM t"), 0);
    /* a write is refused by the gate, hence wrong */
    CHECK_INT(ex(db, "SELECT name FROM t", "DELETE FROM t"), 0);
    db_close(db);
out:
    unlink(path);
    free(path);
}

/* ---- hardness ---- */

static void test_hardness_text(void)
{
    CHECK_STR(eval_hardness_name(eval_hardness_sql("SELECT count(*) FROM singer")), "easy");
    CHECK_STR(eval_hardness_name(
                  eval_hardness_sql("SELECT name, country, age FROM singer ORDER BY age DESC")),
              "medium");
    /* one nested query and nothing else: hard */
    CHECK_STR(
        eval_hardness_name(eval_hardness_sql(
            "SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)")),
        "hard");
    /* a join + WHERE + GROUP BY + ORDER BY + LIMIT: extra */
    CHECK_STR(eval_hardness_name(eval_hardness_sql(
                  "SELECT T2.name FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = "
                  "T2.stadium_id WHERE T1.year > 2013 GROUP BY T2.stadium_id ORDER BY count(*) "
                  "DESC LIMIT 1")),
              "extra");
    /* BETWEEN's AND is not a second condition: one condition, one column -> easy */
    CHECK_STR(eval_hardness_name(eval_hardness_sql("SELECT name FROM t WHERE a BETWEEN 1 AND 5")),
              "easy");
    CHECK_STR(eval_hardness_name(eval_hardness_sql("SELECT name FROM t WHERE a = 1 AND b = 2")),
              "medium");
    /* a set operation is a nested query */
    CHECK_STR(eval_hardness_name(eval_hardness_sql(
                  "SELECT a FROM t WHERE x = 1 INTERSECT SELECT a FROM t WHERE y = 2")),
              "hard");
    CHECK_STR(eval_hardness_name(eval_hardness_sql("not sql at all")), "extra");
}

static void test_hardness_json(void)
{
    /* SELECT count(*) FROM singer, as Spider's parser writes it */
    json_t *easy = json_loads(
        "{\"select\":[false,[[3,[0,[0,0,false],null]]]],\"from\":{\"table_units\":[[\"table_unit\","
        "1]],"
        "\"conds\":[]},\"where\":[],\"groupBy\":[],\"having\":[],\"orderBy\":[],\"limit\":null,"
        "\"intersect\":null,\"union\":null,\"except\":null}",
        0, NULL);
    CHECK_INT(eval_hardness_spider_json(easy), EVAL_EASY);
    /* two conditions, one negated (NOT LIKE): comp1 = where + like = 2, others = 1 (two where
     * conditions) + 0 (one "aggregation": the NOT flag quirk) -> medium */
    json_t *medium = json_loads(
        "{\"select\":[false,[[0,[0,[0,1,false],null]]]],\"from\":{\"table_units\":[[\"table_unit\","
        "0]],"
        "\"conds\":[]},\"where\":[[true,9,[0,[0,1,false],null],\"\\\"%a%\\\"\",null],\"and\","
        "[false,2,[0,[0,2,false],null],1,null]],\"groupBy\":[],\"having\":[],\"orderBy\":[],"
        "\"limit\":null,\"intersect\":null,\"union\":null,\"except\":null}",
        0, NULL);
    CHECK_INT(eval_hardness_spider_json(medium), EVAL_MEDIUM);
    CHECK_INT(eval_hardness_spider_json(NULL), -1);
    json_t *bad = json_loads("{\"select\":1}", 0, NULL);
    CHECK_INT(eval_hardness_spider_json(bad), -1);
    json_decref(easy);
    json_decref(medium);
    json_decref(bad);
}

/* ---- files ---- */

static char *write_tmp(const char *name, const char *text)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    struct buf p = BUF_INIT;
    buf_printf(&p, "%s/test_eval_%d_%s", dir ? dir : "/tmp", (int)getpid(), name);
    FILE *f = fopen(buf_cstr(&p), "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    return buf_detach(&p);
}

static void test_csv(void)
{
    const char *p = "a,\"b, c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\r\nlast";
    char **f = NULL;
    size_t n = 0;
    CHECK_INT(eval_csv_record(&p, &f, &n), 1);
    CHECK_INT(n, 3);
    if (n == 3) {
        CHECK_STR(f[0], "a");
        CHECK_STR(f[1], "b, c");
        CHECK_STR(f[2], "say \"hi\"");
    }
    for (size_t i = 0; i < n; i++)
        free(f[i]);
    free(f);
    CHECK_INT(eval_csv_record(&p, &f, &n), 1);
    CHECK_INT(n, 2);
    if (n == 2)
        CHECK_STR(f[0], "multi\nline");
    for (size_t i = 0; i < n; i++)
        free(f[i]);
    free(f);
    CHECK_INT(eval_csv_record(&p, &f, &n), 1);
    CHECK_INT(n, 1);
    for (size_t i = 0; i < n; i++)
        free(f[i]);
    free(f);
    CHECK_INT(eval_csv_record(&p, &f, &n), 0);
}

static void test_replay_formats(void)
{
    struct eval_replay r;
    struct err e = {0};
    char *lines =
        write_tmp("p.txt", "  SELECT 1;\n\nSELECT a FROM t\tdb_one\nSELECT 'x\ty' FROM t\n");
    CHECK_INT(eval_replay_load(lines, &r, &e), 0);
    CHECK_INT(r.n, 4);
    if (r.n == 4) {
        CHECK_STR(r.sql[0], "SELECT 1");
        CHECK(r.sql[1] == NULL); /* an empty line: no SQL for that question */
        CHECK_STR(r.sql[2], "SELECT a FROM t");
        CHECK_STR(r.sql[3], "SELECT 'x\ty' FROM t");
    }
    CHECK_CONTAINS(r.name, "replay:test_eval_");
    eval_replay_free(&r);

    char *csv = write_tmp("p.csv", "NLQ,PREDICTED SQL,GOLD SQL,DATABASE\n"
                                   "q1,SELECT 1;,SELECT 1,db\n"
                                   "\"q, 2\",\"SELECT a, b FROM t WHERE c = \"\"x\"\"\",g,db\n");
    CHECK_INT(eval_replay_load(csv, &r, &e), 0);
    CHECK_INT(r.n, 2);
    if (r.n == 2) {
        CHECK_STR(r.sql[0], "SELECT 1");
        CHECK_STR(r.sql[1], "SELECT a, b FROM t WHERE c = \"x\"");
    }
    eval_replay_free(&r);

    char *bird = write_tmp("p.json", "{\"0\": \"SELECT 1\\t----- bird -----\\tdb\", "
                                     "\"2\": \"SELECT 2\\t----- bird -----\\tdb\"}");
    CHECK_INT(eval_replay_load(bird, &r, &e), 0);
    CHECK_INT(r.n, 3);
    if (r.n == 3) {
        CHECK_STR(r.sql[0], "SELECT 1");
        CHECK(r.sql[1] == NULL);
        CHECK_STR(r.sql[2], "SELECT 2");
    }
    eval_replay_free(&r);

    char *badcsv = write_tmp("bad.csv", "a,b\n1,2\n");
    CHECK_INT(eval_replay_load(badcsv, &r, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "PREDICTED SQL");
    CHECK_INT(eval_replay_load("/nonexistent/file.txt", &r, &e), ERR_NOTFOUND);
    unlink(lines);
    unlink(csv);
    unlink(bird);
    unlink(badcsv);
    free(lines);
    free(csv);
    free(bird);
    free(badcsv);
}

static void test_dataset(void)
{
    struct eval_dataset d;
    struct err e = {0};
    char *spider = write_tmp("spider.json",
                             "[{\"question\":\"How many?\",\"db_id\":\"d\",\"query\":\"SELECT "
                             "count(*) FROM t\"},{\"question\":\"Names by age\",\"db_id\":\"d\","
                             "\"query\":\"SELECT name, age FROM t ORDER BY age\"}]");
    CHECK_INT(eval_dataset_load(spider, 1, &d, &e), 0);
    CHECK_INT(d.n, 2);
    if (d.n == 2) {
        CHECK_STR(d.items[0].difficulty, "easy");
        CHECK_STR(d.items[1].difficulty, "medium");
        CHECK_STR(d.items[1].gold, "SELECT name, age FROM t ORDER BY age");
        CHECK_INT(d.items[1].index, 1);
    }
    CHECK_INT(d.computed_hardness, 1);
    CHECK_INT(d.hardness_from_text, 2);
    eval_dataset_free(&d);

    char *bird = write_tmp("bird.json", "[{\"question_id\":0,\"db_id\":\"b\",\"question\":\"Top "
                                        "rate?\",\"evidence\":\"rate = a / b\",\"SQL\":\"SELECT "
                                        "max(a / b) FROM t\",\"difficulty\":\"moderate\"}]");
    CHECK_INT(eval_dataset_load(bird, 1, &d, &e), 0);
    CHECK_INT(d.n, 1);
    if (d.n == 1) {
        CHECK_STR(d.items[0].question, "Top rate? (rate = a / b)");
        CHECK_STR(d.items[0].difficulty, "moderate");
    }
    CHECK_INT(d.computed_hardness, 0);
    eval_dataset_free(&d);
    CHECK_INT(eval_dataset_load(bird, 0, &d, &e), 0);
    if (d.n == 1)
        CHECK_STR(d.items[0].question, "Top rate?");
    eval_dataset_free(&d);

    char *bad = write_tmp("bad.json", "[{\"question\":\"q\"}]");
    CHECK_INT(eval_dataset_load(bad, 1, &d, &e), ERR_USAGE);
    CHECK_CONTAINS(e.msg, "db_id");
    unlink(spider);
    unlink(bird);
    unlink(bad);
    free(spider);
    free(bird);
    free(bad);
}

static const struct test_case tests[] = {
    {"cells", test_cells},
    {"tolerance_edge", test_tolerance_edge},
    {"order", test_order},
    {"permutation", test_permutation},
    {"distinct", test_distinct},
    {"order_matters", test_order_matters},
    {"end_to_end", test_end_to_end},
    {"hardness_text", test_hardness_text},
    {"hardness_json", test_hardness_json},
    {"csv", test_csv},
    {"replay_formats", test_replay_formats},
    {"dataset", test_dataset},
};

TEST_MAIN()
