/* Schema snapshots: the introspected schema and its relevance index in one compact binary file,
 * so that a new process loads them in a few milliseconds instead of introspecting the database
 * and indexing its names and values again (docs/schema.md, "Snapshots").
 *
 * Layout, all integers in the writer's byte order (the header's byte-order mark rejects others):
 *   header   magic "GENBISNP", u32 format version, u32 byte-order mark, u64 key, u64 payload
 *            length, u64 payload checksum, u64 zero
 *   payload  the schema (dialect, hash, tables with columns and samples, value index, glossary),
 *            then the index (terms with postings, document lengths, column words, FK graph,
 *            value words)
 * A string is a u32 length and its bytes (no NUL); a NULL string is the length 0xffffffff.
 *
 * The reader trusts nothing: every count is checked against the bytes left before anything is
 * allocated, every table, column, value and term number against what it points into, and the
 * payload must be consumed exactly. Whatever fails, the caller gets an error and an empty schema,
 * never a crash. The key the caller gives is mixed with the identity of the running executable,
 * so a snapshot written by another build of genbi (other ranking weights, another format) is
 * never read. */
#include "schema/schema_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/limits.h"

#include "util/banned.h"

#define SNAP_MAGIC "GENBISNP"
#define SNAP_BOM 0x01020304u
#define SNAP_HEADER 48
#define SNAP_NULL 0xffffffffu
/* Larger files are not snapshots genbi wrote (the 876-table Spider merge is ~1 MiB). */
#define SNAP_MAX_BYTES (512L << 20)

/* ---- keys ---- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

uint64_t schema_key_mix(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    return mix(h, len);
}

/* The running executable (device, inode, size, mtime): a rebuilt genbi never reads what an
 * older one wrote, whatever changed in its introspection or ranking. 0 when unknown. */
static uint64_t build_id(void)
{
    struct stat st;
    if (stat("/proc/self/exe", &st) != 0)
        return 0;
    uint64_t h = mix(0, (uint64_t)st.st_dev);
    h = mix(h, (uint64_t)st.st_ino);
    h = mix(h, (uint64_t)st.st_size);
    h = mix(h, (uint64_t)st.st_mtim.tv_sec);
    return mix(h, (uint64_t)st.st_mtim.tv_nsec);
}

static uint64_t file_key(uint64_t key)
{
    return mix(mix(key, build_id()), SCHEMA_SNAPSHOT_VERSION);
}

/* Detects torn and bit-flipped files; not a defence against a forger (the cache is the user's). */
uint64_t sx_checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    return h ^ (h >> 29);
}

/* ---- blocks ---- */

#if defined(__SANITIZE_ADDRESS__)
/* AddressSanitizer checks reads in heap blocks, not in mappings: tests that feed damaged
 * snapshots get the heap. */
void *sx_block_alloc(size_t len)
{
    return malloc(len ? len : 1);
}

void sx_block_free(void *block, size_t len)
{
    (void)len;
    free(block);
}
#else
void *sx_block_alloc(size_t len)
{
    void *p = mmap(NULL, len ? len : 1, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void sx_block_free(void *block, size_t len)
{
    if (block)
        munmap(block, len ? len : 1);
}
#endif

/* ---- writing ---- */

/* n bytes at p (p may be NULL when n is 0). */
static void put_bytes(struct buf *b, const void *p, size_t n)
{
    if (n)
        buf_append(b, p, n);
}

static void put_u32(struct buf *b, uint32_t v)
{
    buf_append(b, &v, sizeof v);
}

static void put_u64(struct buf *b, uint64_t v)
{
    buf_append(b, &v, sizeof v);
}

static void put_f64(struct buf *b, double v)
{
    buf_append(b, &v, sizeof v);
}

/* Length, bytes and a NUL, so a loaded schema's strings can point into the file's block. */
static void put_str(struct buf *b, const char *s)
{
    if (!s) {
        put_u32(b, SNAP_NULL);
        return;
    }
    size_t n = strlen(s);
    if (n >= SNAP_NULL) {
        b->failed = 1;
        return;
    }
    put_u32(b, (uint32_t)n);
    buf_append(b, s, n + 1);
}

/* A count, padding to a multiple of 4 bytes from the block's start, and n items of `size`
 * bytes: the loaded index uses 32-bit arrays where they lie in the block. */
static void put_array(struct buf *b, const void *items, uint32_t n, size_t size)
{
    static const char zeros[4] = {0};
    put_u32(b, n);
    put_bytes(b, zeros, (4 - b->len % 4) % 4);
    put_bytes(b, items, (size_t)n * size);
}

static void put_schema(struct buf *b, const struct schema *s)
{
    put_str(b, s->dialect);
    put_u64(b, s->hash);
    put_u32(b, (uint32_t)s->n_tables);
    for (size_t t = 0; t < s->n_tables; t++) {
        const struct schema_table *tb = &s->tables[t];
        put_str(b, tb->name);
        put_u64(b, (uint64_t)tb->row_count);
        put_u32(b, (uint32_t)tb->n_cols);
        for (size_t c = 0; c < tb->n_cols; c++) {
            const struct schema_column *col = &tb->cols[c];
            put_str(b, col->name);
            put_str(b, col->decl_type);
            put_u32(b, (uint32_t)col->type);
            put_u32(b, (uint32_t)col->date_form);
            put_u32(b, (uint32_t)col->pk);
            put_u32(b, (uint32_t)col->notnull);
            put_str(b, col->fk_table);
            put_str(b, col->fk_column);
            put_u64(b, (uint64_t)col->n_distinct);
            put_str(b, col->comment);
            put_u32(b, (uint32_t)col->n_samples);
            for (size_t k = 0; k < col->n_samples; k++)
                put_str(b, col->samples[k]);
        }
    }
    put_u32(b, (uint32_t)s->n_values);
    for (size_t v = 0; v < s->n_values; v++) {
        put_str(b, s->values[v].value);
        put_u32(b, s->values[v].table);
        put_u32(b, s->values[v].column);
    }
    put_u32(b, (uint32_t)s->n_glossary);
    for (size_t g = 0; g < s->n_glossary; g++) {
        put_str(b, s->glossary[g].term);
        put_str(b, s->glossary[g].table);
        put_str(b, s->glossary[g].column);
    }
}

static void put_index(struct buf *b, const struct schema_index *ix)
{
    put_u64(b, ix->key);
    put_u32(b, (uint32_t)ix->terms.n);
    for (size_t i = 0; i < ix->terms.n; i++) {
        const struct sx_term *t = &ix->term[i];
        put_str(b, ix->terms.keys[i]);
        put_array(b, t->posts, t->n_posts, sizeof *t->posts);
        put_array(b, t->cols, t->n_cols, sizeof *t->cols);
        put_array(b, t->ccols, t->n_ccols, sizeof *t->ccols);
        put_f64(b, t->idf);
    }
    put_bytes(b, ix->doclen, ix->n_tables * sizeof *ix->doclen);
    put_f64(b, ix->avgdl);
    put_bytes(b, ix->col_terms, ix->n_cols);
    put_array(b, ix->adj_off, (uint32_t)ix->n_tables + 1, sizeof *ix->adj_off);
    put_array(b, ix->adj, ix->adj_off[ix->n_tables], sizeof *ix->adj);
    put_u32(b, (uint32_t)ix->vwords.n);
    for (size_t i = 0; i < ix->vwords.n; i++) {
        put_str(b, ix->vwords.keys[i]);
        put_array(b, ix->vlists[i].values, ix->vlists[i].n, sizeof *ix->vlists[i].values);
    }
    put_u64(b, (uint64_t)ix->full_tokens);
}

int schema_snapshot_encode(const struct schema *s, uint64_t key, struct buf *out, struct err *e)
{
    const struct schema_index *ix = NULL;
    int rc = schema_index_get(s, &ix, e);
    if (rc)
        return rc;
    if (s->n_tables >= SNAP_NULL - 1 || s->n_values >= SNAP_NULL)
        return err_set(e, ERR_LIMIT, "schema too large for a snapshot");
    char header[SNAP_HEADER] = {0};
    buf_reset(out);
    buf_append(out, header, sizeof header);
    put_schema(out, s);
    put_index(out, ix);
    if (out->failed)
        return err_set(e, ERR_NOMEM, "out of memory writing the schema snapshot");
    unsigned char *h = (unsigned char *)out->data;
    uint64_t len = out->len - SNAP_HEADER, fk = file_key(key);
    uint64_t sum = sx_checksum(h + SNAP_HEADER, (size_t)len);
    uint32_t version = SCHEMA_SNAPSHOT_VERSION, bom = SNAP_BOM;
    memcpy(h, SNAP_MAGIC, 8);
    memcpy(h + 8, &version, 4);
    memcpy(h + 12, &bom, 4);
    memcpy(h + 16, &fk, 8);
    memcpy(h + 24, &len, 8);
    memcpy(h + 32, &sum, 8);
    return 0;
}

void sx_snapshot_reseal(void *data, size_t len)
{
    unsigned char *h = data;
    if (len < SNAP_HEADER)
        return;
    uint64_t sum = sx_checksum(h + SNAP_HEADER, len - SNAP_HEADER);
    memcpy(h + 32, &sum, 8);
}

/* ---- reading ---- */

/* A cursor over the block being loaded. Strings and 32-bit arrays are lent from the block (the
 * schema keeps it), everything else is copied out. */
struct rd {
    unsigned char *base, *p, *end;
    int bad;   /* the bytes are not a snapshot */
    int nomem; /* ... or memory ran out reading them */
};

static size_t left(const struct rd *r)
{
    return (size_t)(r->end - r->p);
}

static void take(struct rd *r, void *dst, size_t n)
{
    if (r->bad || left(r) < n) {
        r->bad = 1;
        if (dst && n)
            memset(dst, 0, n);
        return;
    }
    if (dst && n)
        memcpy(dst, r->p, n);
    r->p += n;
}

static uint32_t rd_u32(struct rd *r)
{
    uint32_t v;
    take(r, &v, sizeof v);
    return v;
}

static uint64_t rd_u64(struct rd *r)
{
    uint64_t v;
    take(r, &v, sizeof v);
    return v;
}

static double rd_f64(struct rd *r)
{
    double v;
    take(r, &v, sizeof v);
    return v;
}

/* A count of items taking at least `each` bytes: more than the bytes left can hold is corrupt. */
static uint32_t rd_count(struct rd *r, size_t each)
{
    uint32_t n = rd_u32(r);
    if (!r->bad && left(r) / each < n)
        r->bad = 1;
    return r->bad ? 0 : n;
}

static void fail_nomem(struct rd *r)
{
    r->nomem = 1;
    r->bad = 1;
}

/* A count of items taking at least `each` bytes in the file, and a zeroed array of as many
 * `size`-byte records (NULL when none); *n is 0 when the bytes are bad or memory runs out. */
static void *rd_records(struct rd *r, size_t each, size_t size, size_t *n)
{
    uint32_t c = rd_count(r, each);
    void *a = NULL;
    if (c && !r->bad && !(a = calloc(c, size)))
        fail_nomem(r);
    *n = r->bad ? 0 : c;
    return a;
}

/* The next string, lent from the block; NULL for a NULL string (corrupt unless nullable). */
static char *rd_str_n(struct rd *r, int nullable, size_t *len)
{
    uint32_t n = rd_u32(r);
    *len = 0;
    if (r->bad)
        return NULL;
    if (n == SNAP_NULL) {
        r->bad |= !nullable;
        return NULL;
    }
    if (left(r) <= n || r->p[n] != '\0') {
        r->bad = 1;
        return NULL;
    }
    char *s = (char *)r->p;
    r->p += (size_t)n + 1;
    *len = n;
    return s;
}

static char *rd_str(struct rd *r, int nullable)
{
    size_t n;
    return rd_str_n(r, nullable, &n);
}

/* A count-prefixed array of 32-bit items (put_array), lent from the block; NULL when empty. */
static void *rd_array(struct rd *r, uint32_t *n, size_t size)
{
    *n = rd_u32(r);
    take(r, NULL, (size_t)(4 - (size_t)(r->p - r->base) % 4) % 4);
    if (!r->bad && left(r) / size < *n)
        r->bad = 1;
    if (r->bad || !*n) {
        *n = 0;
        return NULL;
    }
    void *a = r->p;
    r->p += (size_t)*n * size;
    return a;
}

/* An id array whose ids are all below `limit`. */
static uint32_t *rd_ids(struct rd *r, uint32_t *n, uint32_t limit)
{
    uint32_t *ids = rd_array(r, n, sizeof *ids);
    for (uint32_t i = 0; i < *n; i++)
        r->bad |= ids[i] >= limit;
    if (!r->bad)
        return ids;
    *n = 0;
    return NULL;
}

static void rd_column(struct rd *r, struct schema_column *col)
{
    col->name = rd_str(r, 0);
    col->decl_type = rd_str(r, 0);
    uint32_t type = rd_u32(r);
    r->bad |= type > SCHEMA_TYPE_DATE;
    col->type = r->bad ? SCHEMA_TYPE_OTHER : (enum schema_type)type;
    uint32_t form = rd_u32(r);
    r->bad |= form > SCHEMA_DATE_MDY;
    col->date_form = r->bad ? SCHEMA_DATE_ISO : (enum schema_date_form)form;
    col->pk = (int)rd_u32(r);
    col->notnull = (int)rd_u32(r);
    col->fk_table = rd_str(r, 1);
    col->fk_column = rd_str(r, 1);
    col->n_distinct = (long long)rd_u64(r);
    col->comment = rd_str(r, 1);
    col->samples = rd_records(r, 5, sizeof *col->samples, &col->n_samples);
    r->bad |= col->n_samples > LIMIT_SCHEMA_SAMPLES;
    for (size_t k = 0; k < col->n_samples && !r->bad; k++)
        col->samples[k] = rd_str(r, 0);
}

/* Minimum bytes of a table, a column, a value and a glossary term, for rd_count(). */
#define SNAP_MIN_TABLE 17
#define SNAP_MIN_COLUMN 46
#define SNAP_MIN_VALUE 13
#define SNAP_MIN_TERM 14

static void rd_schema(struct rd *r, struct schema *s)
{
    s->dialect = rd_str(r, 1);
    s->hash = rd_u64(r);
    s->tables = rd_records(r, SNAP_MIN_TABLE, sizeof *s->tables, &s->n_tables);
    for (size_t t = 0; t < s->n_tables && !r->bad; t++) {
        struct schema_table *tb = &s->tables[t];
        tb->name = rd_str(r, 0);
        tb->row_count = (long long)rd_u64(r);
        tb->cols = rd_records(r, SNAP_MIN_COLUMN, sizeof *tb->cols, &tb->n_cols);
        for (size_t c = 0; c < tb->n_cols && !r->bad; c++)
            rd_column(r, &tb->cols[c]);
    }
    s->values = rd_records(r, SNAP_MIN_VALUE, sizeof *s->values, &s->n_values);
    for (size_t v = 0; v < s->n_values && !r->bad; v++) {
        struct schema_value *sv = &s->values[v];
        sv->value = rd_str(r, 0);
        sv->table = rd_u32(r);
        sv->column = rd_u32(r);
        r->bad |= sv->table >= s->n_tables || sv->column >= s->tables[sv->table].n_cols;
    }
    s->glossary = rd_records(r, SNAP_MIN_TERM, sizeof *s->glossary, &s->n_glossary);
    for (size_t g = 0; g < s->n_glossary && !r->bad; g++) {
        s->glossary[g].term = rd_str(r, 0);
        s->glossary[g].table = rd_str(r, 0);
        s->glossary[g].column = rd_str(r, 1);
    }
}

/* The next string becomes the next key of the dictionary, lent from the block. */
static void rd_key(struct rd *r, struct sx_dict *d)
{
    size_t n;
    char *k = rd_str_n(r, 0, &n);
    if (!r->bad && sx_dict_adopt(d, k, n) < 0)
        fail_nomem(r);
}

static void rd_terms(struct rd *r, struct schema_index *ix)
{
    size_t n;
    ix->term = rd_records(r, 25, sizeof *ix->term, &n);
    for (size_t i = 0; i < n && !r->bad; i++) {
        struct sx_term *t = &ix->term[i];
        rd_key(r, &ix->terms);
        t->posts = rd_array(r, &t->n_posts, sizeof *t->posts);
        t->cap_posts = t->n_posts;
        for (uint32_t k = 0; k < t->n_posts; k++)
            r->bad |= t->posts[k].table >= ix->n_tables;
        t->cols = rd_ids(r, &t->n_cols, ix->n_cols);
        t->cap_cols = t->n_cols;
        t->ccols = rd_ids(r, &t->n_ccols, ix->n_cols);
        t->cap_ccols = t->n_ccols;
        t->idf = rd_f64(r);
    }
}

static void rd_graph(struct rd *r, struct schema_index *ix)
{
    size_t nt = ix->n_tables;
    uint32_t n_off, n_adj;
    ix->adj_off = rd_array(r, &n_off, sizeof *ix->adj_off);
    r->bad |= n_off != nt + 1;
    if (r->bad)
        return;
    r->bad |= ix->adj_off[0] != 0;
    for (size_t t = 0; t < nt; t++)
        r->bad |= ix->adj_off[t + 1] < ix->adj_off[t];
    ix->adj = rd_ids(r, &n_adj, (uint32_t)nt);
    r->bad |= n_adj != ix->adj_off[nt];
}

static void rd_values(struct rd *r, struct schema_index *ix, size_t n_values)
{
    size_t n;
    ix->vlists = rd_records(r, 9, sizeof *ix->vlists, &n);
    for (size_t i = 0; i < n && !r->bad; i++) {
        rd_key(r, &ix->vwords);
        struct sx_vlist *l = &ix->vlists[i];
        l->values = rd_ids(r, &l->n, (uint32_t)n_values);
        l->cap = l->n;
    }
}

static void rd_index(struct rd *r, const struct schema *s, struct schema_index *ix)
{
    size_t nt = s->n_tables ? s->n_tables : 1;
    ix->key = rd_u64(r);
    ix->n_tables = s->n_tables;
    ix->col_base = calloc(nt + 1, sizeof *ix->col_base);
    if (!ix->col_base) {
        fail_nomem(r);
        return;
    }
    for (size_t t = 0; t < s->n_tables; t++) {
        uint64_t next = (uint64_t)ix->col_base[t] + s->tables[t].n_cols;
        r->bad |= next >= SNAP_NULL;
        ix->col_base[t + 1] = (uint32_t)next;
    }
    ix->n_cols = ix->col_base[s->n_tables];
    rd_terms(r, ix);
    if (!r->bad && !(ix->doclen = calloc(nt, sizeof *ix->doclen)))
        fail_nomem(r);
    take(r, ix->doclen, s->n_tables * sizeof *ix->doclen);
    ix->avgdl = rd_f64(r);
    if (!r->bad && !(ix->col_terms = calloc((size_t)ix->n_cols + 1, 1)))
        fail_nomem(r);
    take(r, ix->col_terms, ix->n_cols);
    rd_graph(r, ix);
    rd_values(r, ix, s->n_values);
    ix->full_tokens = (long)rd_u64(r);
    r->bad |= ix->key != sx_index_key(s);
}

/* Loads the snapshot in block (sx_block_alloc(len)), which out takes over, or frees it. */
static int decode_block(struct schema *out, uint64_t key, unsigned char *block, size_t len,
                        struct err *e)
{
    uint32_t version, bom;
    uint64_t fk, plen, sum;
    int rc = ERR_PROTOCOL;
    memset(out, 0, sizeof *out);
    if (len < SNAP_HEADER || memcmp(block, SNAP_MAGIC, 8) != 0) {
        err_set(e, rc, "not a schema snapshot");
        goto fail;
    }
    memcpy(&version, block + 8, 4);
    memcpy(&bom, block + 12, 4);
    memcpy(&fk, block + 16, 8);
    memcpy(&plen, block + 24, 8);
    memcpy(&sum, block + 32, 8);
    if (memcmp(block + 40, "\0\0\0\0\0\0\0\0", 8) != 0)
        err_set(e, rc, "schema snapshot of another format");
    else if (version != SCHEMA_SNAPSHOT_VERSION || bom != SNAP_BOM)
        err_set(e, rc, "schema snapshot of another format");
    else if (fk != file_key(key))
        err_set(e, rc, "schema snapshot of another database state or genbi build");
    else if (plen != len - SNAP_HEADER)
        err_set(e, rc, "truncated schema snapshot");
    else if (sx_checksum(block + SNAP_HEADER, (size_t)plen) != sum)
        err_set(e, rc, "corrupt schema snapshot (checksum)");
    else
        rc = 0;
    if (rc)
        goto fail;

    struct rd r = {block, block + SNAP_HEADER, block + len, 0, 0};
    struct schema_index *ix = calloc(1, sizeof *ix);
    if (!ix) {
        rc = err_set(e, ERR_NOMEM, "out of memory reading the schema snapshot");
        goto fail;
    }
    out->block = block;
    out->block_len = len;
    ix->lent = (struct sx_span){(uintptr_t)block, (uintptr_t)block + len};
    ix->terms.lent = ix->vwords.lent = ix->lent;
    rd_schema(&r, out);
    if (!r.bad)
        rd_index(&r, out, ix);
    r.bad |= r.p != r.end;
    if (r.bad) {
        schema_index_free(ix);
        schema_free(out); /* frees the block */
        return r.nomem ? err_set(e, ERR_NOMEM, "out of memory reading the schema snapshot")
                       : err_set(e, ERR_PROTOCOL, "corrupt schema snapshot");
    }
    ix->bytes = sx_index_bytes(ix);
    out->index = ix;
    return 0;
fail:
    sx_block_free(block, len);
    return rc;
}

int schema_snapshot_decode(struct schema *out, uint64_t key, const void *data, size_t len,
                           struct err *e)
{
    /* A copy: the schema keeps its block, page-aligned. */
    unsigned char *block = sx_block_alloc(len);
    memset(out, 0, sizeof *out);
    if (!block)
        return err_set(e, ERR_NOMEM, "out of memory reading the schema snapshot");
    if (len)
        memcpy(block, data, len);
    return decode_block(out, key, block, len, e);
}

/* ---- files ---- */

int schema_snapshot_dir(struct buf *out, struct err *e)
{
    const char *dir = getenv("GENBI_CACHE_DIR");
    if (dir && *dir)
        return buf_puts(out, dir) ? err_set(e, ERR_NOMEM, "out of memory") : 0;
    dir = getenv("XDG_CACHE_HOME");
    if (dir && *dir == '/')
        buf_printf(out, "%s/genbi", dir);
    else if ((dir = getenv("HOME")) && *dir)
        buf_printf(out, "%s/.cache/genbi", dir);
    else
        return err_set(e, ERR_NOTFOUND, "no cache directory ($GENBI_CACHE_DIR, $HOME unset)");
    return out->failed ? err_set(e, ERR_NOMEM, "out of memory") : 0;
}

int schema_snapshot_load(struct schema *out, uint64_t key, const char *path, struct err *e)
{
    struct stat st;
    unsigned char *data = NULL;
    size_t len = 0, got = 0;
    int rc, fd = open(path, O_RDONLY | O_CLOEXEC);
    memset(out, 0, sizeof *out);
    if (fd < 0)
        return err_set(e, ERR_NOTFOUND, "no schema snapshot at %s", path);
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < SNAP_HEADER ||
        st.st_size > SNAP_MAX_BYTES) {
        rc = err_set(e, ERR_PROTOCOL, "%s is not a schema snapshot", path);
        goto out;
    }
    len = (size_t)st.st_size;
    if (!(data = sx_block_alloc(len))) {
        rc = err_set(e, ERR_NOMEM, "out of memory reading %s", path);
        goto out;
    }
    while (got < len) {
        ssize_t n = read(fd, data + got, len - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    if (got != len) {
        rc = err_set(e, ERR_PROTOCOL, "cannot read %s", path);
        goto out;
    }
    rc = decode_block(out, key, data, len, e);
    data = NULL; /* taken over, or freed */
out:
    sx_block_free(data, len);
    close(fd);
    return rc;
}

/* mkdir -p for the cache directory, private to the user. */
static int make_dirs(const char *dir)
{
    char tmp[4096];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof tmp)
        return -1;
    memcpy(tmp, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (tmp[i] != '/' && tmp[i] != '\0')
            continue;
        char c = tmp[i];
        tmp[i] = '\0';
        if (mkdir(tmp, 0700) != 0 && errno != EEXIST)
            return -1;
        tmp[i] = c;
    }
    return 0;
}

int schema_snapshot_save(const struct schema *s, uint64_t key, const char *path, struct err *e)
{
    struct buf data = BUF_INIT, tmp = BUF_INIT;
    int rc, fd = -1;
    const char *slash = strrchr(path, '/');
    if ((rc = schema_snapshot_encode(s, key, &data, e)))
        goto out;
    if (slash && slash != path) {
        buf_append(&tmp, path, (size_t)(slash - path));
        if (!tmp.failed && make_dirs(buf_cstr(&tmp)) != 0) {
            rc = err_set(e, ERR_IO, "cannot create %s: %s", buf_cstr(&tmp), strerror(errno));
            goto out;
        }
        buf_reset(&tmp);
    }
    /* A temporary name in the same directory, renamed over the old file when complete: readers
     * see the old snapshot or the new one, never half of one. mkstemp creates it 0600. */
    buf_printf(&tmp, "%s.XXXXXX", path);
    if (tmp.failed) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    if ((fd = mkstemp(tmp.data)) < 0) {
        rc = err_set(e, ERR_IO, "cannot write a schema snapshot next to %s: %s", path,
                     strerror(errno));
        goto out;
    }
    size_t put = 0;
    int werr = 0;
    while (put < data.len) {
        ssize_t n = write(fd, data.data + put, data.len - put);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            werr = n < 0 ? errno : ENOSPC; /* write() returning 0: no room */
            break;
        }
        put += (size_t)n;
    }
    /* The descriptor is closed on every path; a failed close also loses the snapshot. */
    if (close(fd) != 0 && !werr)
        werr = errno;
    fd = -1;
    if (werr) {
        rc = err_set(e, ERR_IO, "cannot write %s: %s", buf_cstr(&tmp), strerror(werr));
        unlink(buf_cstr(&tmp));
        goto out;
    }
    if (rename(buf_cstr(&tmp), path) != 0) {
        rc =
            err_set(e, ERR_IO, "cannot rename %s to %s: %s", buf_cstr(&tmp), path, strerror(errno));
        unlink(buf_cstr(&tmp));
        goto out;
    }
    rc = 0;
out:
    if (fd >= 0) {
        close(fd);
        unlink(buf_cstr(&tmp));
    }
    buf_free(&data);
    buf_free(&tmp);
    return rc;
}
