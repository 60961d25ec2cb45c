/* Schema snapshots: a round trip gives the same schema and index field by field; truncated,
 * corrupted, foreign and stale snapshots are rejected (never a crash, also with the checksum
 * fixed up so the structure checks are reached); db_load_schema() loads, rebuilds after a change
 * to the database or a damaged file, and works without a usable cache directory. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/db.h"
#include "schema/schema_int.h"
#include "select_text.h"
#include "test.h"

static char dbpath[1024], tmpdir[512];

static void sql(const char *text)
{
    sqlite3 *db;
    CHECK_INT(sqlite3_open(dbpath, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* A fresh database for each test (the last one changes it). */
static void make_db(void)
{
    const char *dir = getenv("GENBI_TEST_TMP");
    snprintf(tmpdir, sizeof tmpdir, "%s/test_snapshot_%d", dir ? dir : "/tmp", (int)getpid());
    snprintf(dbpath, sizeof dbpath, "%s/shop.sqlite", tmpdir);
    char mk[1200];
    snprintf(mk, sizeof mk, "rm -rf '%s' && mkdir -p '%s'", tmpdir, tmpdir);
    CHECK_INT(system(mk), 0);
    sql("CREATE TABLE regions(region_id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, full_name TEXT, country TEXT,"
        " signup DATE, region_id INTEGER REFERENCES regions);"
        "CREATE TABLE orders(order_id INTEGER, line INTEGER, customer_id INTEGER"
        " REFERENCES customers(customer_id), amount REAL, qty INT, unit_price NUMERIC,"
        " status VARCHAR(12), PRIMARY KEY(order_id, line));"
        "CREATE TABLE notes(body BLOB, at TEXT);"
        "INSERT INTO regions VALUES (1,'Europe'),(2,'North America');"
        "INSERT INTO customers VALUES (1,'Ann Lee','France','2021-01-02',1),"
        " (2,'Bo Chan','Japan','2022-03-04',2),(3,'Cy Diaz','France','2023-05-06',1);"
        "INSERT INTO orders VALUES (1,1,1,10.5,2,5.25,'shipped'),(1,2,1,20,1,20,'cancelled'),"
        " (2,1,2,NULL,3,1.5,'shipped');"
        "INSERT INTO notes VALUES (x'00ff', '2024-01-01 10:00:00');");
}

static void compare_str(const char *a, const char *b, const char *what)
{
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0)) {
        fprintf(stderr, "%s differs: \"%s\" vs \"%s\"\n", what, a ? a : "(null)", b ? b : "(null)");
        CHECK(0);
    }
}

static void compare_schemas(const struct schema *a, const struct schema *b)
{
    compare_str(a->dialect, b->dialect, "dialect");
    CHECK(a->hash == b->hash);
    CHECK_INT(b->n_tables, a->n_tables);
    for (size_t t = 0; t < a->n_tables && t < b->n_tables; t++) {
        const struct schema_table *x = &a->tables[t], *y = &b->tables[t];
        compare_str(x->name, y->name, "table");
        CHECK_INT(y->row_count, x->row_count);
        CHECK_INT(y->n_cols, x->n_cols);
        for (size_t c = 0; c < x->n_cols && c < y->n_cols; c++) {
            const struct schema_column *p = &x->cols[c], *q = &y->cols[c];
            compare_str(p->name, q->name, "column");
            compare_str(p->decl_type, q->decl_type, "decl_type");
            CHECK_INT(q->type, p->type);
            CHECK_INT(q->pk, p->pk);
            CHECK_INT(q->notnull, p->notnull);
            compare_str(p->fk_table, q->fk_table, "fk_table");
            compare_str(p->fk_column, q->fk_column, "fk_column");
            CHECK_INT(q->n_distinct, p->n_distinct);
            compare_str(p->comment, q->comment, "comment");
            CHECK_INT(q->n_samples, p->n_samples);
            for (size_t k = 0; k < p->n_samples && k < q->n_samples; k++)
                compare_str(p->samples[k], q->samples[k], "sample");
        }
    }
    CHECK_INT(b->n_values, a->n_values);
    for (size_t v = 0; v < a->n_values && v < b->n_values; v++) {
        compare_str(a->values[v].value, b->values[v].value, "value");
        CHECK_INT(b->values[v].table, a->values[v].table);
        CHECK_INT(b->values[v].column, a->values[v].column);
    }
    CHECK_INT(b->n_glossary, a->n_glossary);
    for (size_t g = 0; g < a->n_glossary && g < b->n_glossary; g++) {
        compare_str(a->glossary[g].term, b->glossary[g].term, "term");
        compare_str(a->glossary[g].table, b->glossary[g].table, "term table");
        compare_str(a->glossary[g].column, b->glossary[g].column, "term column");
    }
}

static int same_ids(const uint32_t *a, const uint32_t *b, uint32_t n)
{
    return n == 0 || memcmp(a, b, n * sizeof *a) == 0;
}

static void compare_indexes(const struct schema_index *a, const struct schema_index *b)
{
    CHECK(a->key == b->key);
    CHECK_INT(b->n_tables, a->n_tables);
    CHECK_INT(b->n_cols, a->n_cols);
    CHECK_INT(b->terms.n, a->terms.n);
    for (size_t i = 0; i < a->terms.n && i < b->terms.n; i++) {
        const struct sx_term *x = &a->term[i], *y = &b->term[i];
        compare_str(a->terms.keys[i], b->terms.keys[i], "term key");
        CHECK(sx_dict_find(&b->terms, a->terms.keys[i], strlen(a->terms.keys[i])) == (long)i);
        CHECK_INT(y->n_posts, x->n_posts);
        CHECK(y->n_posts != x->n_posts ||
              memcmp(x->posts, y->posts, x->n_posts * sizeof *x->posts) == 0);
        CHECK(y->n_cols == x->n_cols && same_ids(x->cols, y->cols, x->n_cols));
        CHECK(y->n_ccols == x->n_ccols && same_ids(x->ccols, y->ccols, x->n_ccols));
        CHECK(x->idf == y->idf);
    }
    CHECK(memcmp(a->doclen, b->doclen, a->n_tables * sizeof *a->doclen) == 0);
    CHECK(a->avgdl == b->avgdl);
    CHECK(memcmp(a->col_base, b->col_base, (a->n_tables + 1) * sizeof *a->col_base) == 0);
    CHECK(memcmp(a->col_terms, b->col_terms, a->n_cols) == 0);
    CHECK(same_ids(a->adj_off, b->adj_off, (uint32_t)a->n_tables + 1));
    CHECK(same_ids(a->adj, b->adj, a->adj_off[a->n_tables]));
    CHECK_INT(b->vwords.n, a->vwords.n);
    for (size_t i = 0; i < a->vwords.n && i < b->vwords.n; i++) {
        compare_str(a->vwords.keys[i], b->vwords.keys[i], "value word");
        CHECK(b->vlists[i].n == a->vlists[i].n &&
              same_ids(a->vlists[i].values, b->vlists[i].values, a->vlists[i].n));
    }
    CHECK_INT(b->full_tokens, a->full_tokens);
}

static const char *const questions[] = {
    "How many customers are there in France?",
    "total amount of cancelled orders per region",
    "revenue by customer in North America",
    "notes written in 2024",
};

/* The same selections, scores and contexts from both schemas. */
static void compare_selections(const struct schema *a, const struct schema *b)
{
    for (size_t i = 0; i < sizeof questions / sizeof questions[0]; i++) {
        struct schema_selection x, y;
        struct err e = {0};
        CHECK_INT(select_text(a, questions[i], 2, &x, &e), 0);
        CHECK_INT(select_text(b, questions[i], 2, &y, &e), 0);
        CHECK_INT(y.n_tables, x.n_tables);
        for (size_t k = 0; k < x.n_tables && k < y.n_tables; k++) {
            CHECK_INT(y.tables[k], x.tables[k]);
            CHECK(x.scores[k] == y.scores[k]);
        }
        CHECK_STR(y.ddl, x.ddl);
        CHECK_INT(y.full_tokens, x.full_tokens);
        schema_selection_free(&x);
        schema_selection_free(&y);
    }
}

static void introspect(struct schema *s)
{
    if (!dbpath[0])
        make_db();
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open(dbpath, &db, &e), 0);
    CHECK_INT(db_introspect(db, s, &e), 0);
    db_close(db);
}

static void test_round_trip(void)
{
    struct schema s, back;
    struct buf snap = BUF_INIT, again = BUF_INIT, j1 = BUF_INIT, j2 = BUF_INIT;
    struct err e = {0};
    const struct schema_index *ix;
    introspect(&s);
    CHECK_INT(schema_add_term(&s, "buyers", "customers", NULL, &e), 0);
    CHECK_INT(schema_add_term(&s, "takings", "orders", "amount", &e), 0);
    CHECK_INT(schema_snapshot_encode(&s, 42, &snap, &e), 0);
    CHECK_INT(schema_snapshot_decode(&back, 42, snap.data, snap.len, &e), 0);
    CHECK(back.block != NULL && back.index != NULL);
    compare_schemas(&s, &back);
    CHECK_INT(schema_index_get(&s, &ix, &e), 0);
    if (back.index)
        compare_indexes(ix, back.index);
    compare_selections(&s, &back);
    schema_to_json(&s, &j1);
    schema_to_json(&back, &j2);
    CHECK_STR(buf_cstr(&j2), buf_cstr(&j1));
    /* Writing the loaded schema again gives the same bytes. */
    CHECK_INT(schema_snapshot_encode(&back, 42, &again, &e), 0);
    CHECK(again.len == snap.len && memcmp(again.data, snap.data, snap.len) == 0);
    buf_free(&snap);
    buf_free(&again);
    buf_free(&j1);
    buf_free(&j2);
    schema_free(&back);
    schema_free(&s);
}

/* A rejected snapshot leaves nothing behind. */
static int rejected(const void *data, size_t len, uint64_t key)
{
    struct schema out;
    struct err e = {0};
    int rc = schema_snapshot_decode(&out, key, data, len, &e);
    int empty = out.n_tables == 0 && out.tables == NULL && out.block == NULL && !out.index;
    if (rc == 0)
        schema_free(&out);
    return rc != 0 && empty && e.msg[0];
}

static void test_rejects_damage(void)
{
    struct schema s;
    struct buf snap = BUF_INIT;
    struct err e = {0};
    introspect(&s);
    CHECK_INT(schema_snapshot_encode(&s, 7, &snap, &e), 0);
    unsigned char *copy = malloc(snap.len);
    CHECK(copy != NULL);
    if (!copy)
        goto out;
    CHECK(rejected(snap.data, snap.len, 8)); /* another database state */
    size_t bad = 0;
    for (size_t n = 0; n < snap.len; n++) /* every truncation */
        bad += rejected(snap.data, n, 7);
    CHECK_INT(bad, snap.len);
    bad = 0;
    for (size_t i = 0; i < snap.len; i++) { /* every byte flipped: header checks or checksum */
        memcpy(copy, snap.data, snap.len);
        copy[i] ^= 0x20;
        bad += rejected(copy, snap.len, 7);
    }
    CHECK_INT(bad, snap.len);
    /* The same flips behind a valid checksum reach the structure checks: whatever they do to
     * names and numbers, lengths and indices never lead out of bounds (ASan build). */
    size_t loaded = 0;
    for (size_t i = 48; i < snap.len; i++) {
        static const unsigned char flips[] = {0x01, 0x80, 0xff};
        for (size_t f = 0; f < sizeof flips; f++) {
            struct schema out;
            memcpy(copy, snap.data, snap.len);
            copy[i] ^= flips[f];
            sx_snapshot_reseal(copy, snap.len);
            if (schema_snapshot_decode(&out, 7, copy, snap.len, &e) == 0) {
                struct schema_selection sel;
                if (select_text(&out, questions[0], 3, &sel, &e) == 0)
                    schema_selection_free(&sel);
                schema_free(&out);
                loaded++;
            } else {
                CHECK(out.n_tables == 0 && out.block == NULL);
            }
        }
    }
    CHECK(loaded < 3 * (snap.len - 48)); /* most flips break the structure */
    /* Random bytes behind a valid header. */
    srand(1);
    for (int round = 0; round < 2000; round++) {
        memcpy(copy, snap.data, 48);
        size_t n = 48 + (size_t)rand() % (snap.len - 48);
        for (size_t i = 48; i < n; i++)
            copy[i] = (unsigned char)(rand() % 4 ? rand() % 8 : rand());
        uint64_t plen = n - 48;
        memcpy(copy + 24, &plen, 8);
        sx_snapshot_reseal(copy, n);
        CHECK(rejected(copy, n, 7));
    }
out:
    free(copy);
    buf_free(&snap);
    schema_free(&s);
}

static void load(struct schema *s, struct db_schema_info *info)
{
    struct db *db = NULL;
    struct err e = {0};
    CHECK_INT(db_open(dbpath, &db, &e), 0);
    CHECK_INT(db_load_schema(db, s, info, &e), 0);
    db_close(db);
}

/* The one snapshot file in the cache directory; "" when none. */
static void snapshot_file(const char *dir, char *out, size_t n)
{
    char cmd[1400];
    snprintf(cmd, sizeof cmd, "ls '%s'/schema-*.snap 2>/dev/null", dir);
    FILE *p = popen(cmd, "r");
    out[0] = '\0';
    if (p && fgets(out, (int)n, p))
        out[strcspn(out, "\n")] = '\0';
    if (p)
        pclose(p);
}

static void test_load_and_invalidate(void)
{
    struct schema a, b, fresh;
    struct db_schema_info info;
    struct buf j1 = BUF_INIT, j2 = BUF_INIT;
    char cache[1200], file[1400];
    struct stat st;
    make_db();
    snprintf(cache, sizeof cache, "%s/cache", tmpdir);
    setenv("GENBI_CACHE_DIR", cache, 1);
    unsetenv("GENBI_SNAPSHOT");

    load(&a, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_MISS);
    CHECK_INT(info.saved, 1);
    CHECK(a.index != NULL); /* indexed once, at load */
    snapshot_file(cache, file, sizeof file);
    CHECK(file[0] != '\0');
    CHECK(stat(file, &st) == 0 && (st.st_mode & 0777) == 0600);
    CHECK(stat(cache, &st) == 0 && (st.st_mode & 0777) == 0700);
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_HIT);
    CHECK(b.block != NULL);
    schema_to_json(&a, &j1);
    schema_to_json(&b, &j2);
    CHECK_STR(buf_cstr(&j2), buf_cstr(&j1));
    compare_schemas(&a, &b);
    schema_free(&b);

    /* A truncated file, then garbage: rebuilt and saved again, then loaded. */
    CHECK(truncate(file, 100) == 0);
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_MISS);
    CHECK_CONTAINS(info.why, "truncated");
    CHECK_INT(info.saved, 1);
    compare_schemas(&a, &b);
    schema_free(&b);
    FILE *f = fopen(file, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs("GENBISNP and then nothing that makes sense", f);
        fclose(f);
    }
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_MISS);
    schema_free(&b);
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_HIT);
    schema_free(&b);

    /* A new table is seen at once; so is a new row (row counts, value index). */
    sql("CREATE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, name TEXT);");
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_MISS);
    CHECK(schema_find_table(&b, "suppliers") >= 0);
    CHECK_INT(b.n_tables, a.n_tables + 1);
    schema_free(&b);
    sql("INSERT INTO regions VALUES (3, 'Oceania');");
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_MISS);
    introspect(&fresh);
    compare_schemas(&fresh, &b);
    size_t n;
    CHECK(schema_find_value(&b, "Oceania", &n) >= 0);
    schema_free(&b);
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_HIT);
    compare_schemas(&fresh, &b);
    schema_free(&b);
    schema_free(&fresh);

    /* Off by request, and a cache directory that cannot exist: introspected, no error. */
    setenv("GENBI_SNAPSHOT", "off", 1);
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_OFF);
    schema_free(&b);
    unsetenv("GENBI_SNAPSHOT");
    snprintf(cache, sizeof cache, "%s/cache/%s/below-a-file", tmpdir, strrchr(file, '/') + 1);
    setenv("GENBI_CACHE_DIR", cache, 1);
    load(&b, &info);
    CHECK_INT(info.snapshot, DB_SNAPSHOT_MISS);
    CHECK_INT(info.saved, 0);
    CHECK(b.n_tables == a.n_tables + 1);
    schema_free(&b);

    buf_free(&j1);
    buf_free(&j2);
    schema_free(&a);
}

static const struct test_case tests[] = {
    {"round_trip", test_round_trip},
    {"rejects_damage", test_rejects_damage},
    {"load_and_invalidate", test_load_and_invalidate},
};

TEST_MAIN()
