/* The web page of `genbi serve`: GET / and /static/NAME serve the files embedded at build time
 * (web_assets.h; ETag and If-None-Match, caching headers, a Content-Security-Policy that lets the
 * page load nothing from elsewhere), and POST /v1/sql runs SQL a person edited on the page
 * through the same safety gate and limits as generated SQL, read-only, on a database worker. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "server/server_int.h"
#include "server/web_assets.h"

#include "util/banned.h"

#define STATIC_PREFIX "/static/"
#define VENDOR_PREFIX "/static/vendor/"

/* vega compiles chart expressions with Function() and vega-embed adds style elements, hence
 * 'unsafe-eval' and inline styles; every source is the server itself. */
#define PAGE_CSP                                                                                   \
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "      \
    "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "         \
    "frame-ancestors 'none'; form-action 'self'"

enum server_route server_web_route(const char *url, const char **allow)
{
    if (strcmp(url, "/") == 0 || strncmp(url, STATIC_PREFIX, strlen(STATIC_PREFIX)) == 0) {
        *allow = "GET";
        return ROUTE_PAGE;
    }
    if (strcmp(url, "/v1/sql") == 0) {
        *allow = "POST";
        return ROUTE_SQL;
    }
    return ROUTE_UNKNOWN;
}

static const struct web_asset *find_asset(const char *url)
{
    for (size_t i = 0; i < web_n_assets; i++)
        if (strcmp(web_assets[i].path, url) == 0)
            return &web_assets[i];
    return NULL;
}

/* 1 when an If-None-Match list names etag (or is "*"). */
static int etag_matches(const char *inm, const char *etag)
{
    size_t n = strlen(etag);
    for (const char *p = inm; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        if (strncmp(p, "W/", 2) == 0) /* a weak compare is enough for GET */
            p += 2;
        if (*p == '*' || (strncmp(p, etag, n) == 0 && (p[n] == ',' || p[n] == ' ' || !p[n])))
            return 1;
        p = strchr(p, ',');
    }
    return 0;
}

/* 1 when an Accept-Encoding value takes gzip ("gzip", "gzip;q=0.8", "*"), not "gzip;q=0". */
static int accepts_gzip(const char *ae)
{
    for (const char *p = ae; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t n = strcspn(p, ",");
        size_t name = strcspn(p, " ;,");
        if ((name == 4 && strncasecmp(p, "gzip", 4) == 0) || (name == 1 && *p == '*')) {
            const char *q = memchr(p, ';', n);
            while (q && (q[1] == ' ' || q[1] == ';'))
                q++;
            /* q=0, q=0.0, q=0.00 ... refuse it */
            return !(q && strncmp(q + 1, "q=0", 3) == 0 &&
                     strspn(q + 4, ".0") == strcspn(q + 4, ", "));
        }
        p += n;
    }
    return 0;
}

enum MHD_Result server_web_static(struct server_req *r, const char *url)
{
    const struct web_asset *a = find_asset(url);
    if (!a)
        return server_req_error(r, 404, "not_found",
                                strncmp(url, VENDOR_PREFIX, strlen(VENDOR_PREFIX)) == 0
                                    ? "the chart libraries were not installed when genbi was "
                                      "built (scripts/web-deps.sh, then rebuild)"
                                    : "no such file");
    struct MHD_Connection *conn = server_req_conn(r);
    const char *inm =
        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);
    const char *ae =
        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_ENCODING);
    int gz = a->gz && accepts_gzip(ae);
    const char *etag = gz ? a->gz_etag : a->etag;
    int not_modified = inm && etag_matches(inm, etag);
    /* The bytes are static: libmicrohttpd sends them without a copy. */
    size_t len = not_modified ? 0 : gz ? a->gz_len : a->len;
    const unsigned char *data = not_modified ? NULL : gz ? a->gz : a->data;
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(len, (void *)data, MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    /* The libraries change only with a new build; the page's own files are revalidated on
     * every load (a 304 when unchanged), so a new genbi shows its new page at once. */
    int vendor = strncmp(url, VENDOR_PREFIX, strlen(VENDOR_PREFIX)) == 0;
    int ok = MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, etag) == MHD_YES;
    if (a->gz)
        ok &= MHD_add_response_header(resp, MHD_HTTP_HEADER_VARY, "Accept-Encoding") == MHD_YES;
    if (gz && !not_modified)
        ok &= MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_ENCODING, "gzip") == MHD_YES;
    ok &= MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL,
                                  vendor ? "public, max-age=86400" : "no-cache") == MHD_YES;
    ok &= MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff") == MHD_YES;
    if (!not_modified) {
        ok &=
            MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, a->content_type) == MHD_YES;
        ok &= MHD_add_response_header(resp, "Content-Security-Policy", PAGE_CSP) == MHD_YES;
        ok &= MHD_add_response_header(resp, "Referrer-Policy", "no-referrer") == MHD_YES;
    }
    enum MHD_Result ret = ok ? server_req_queue(r, not_modified ? 304 : 200, resp) : MHD_NO;
    MHD_destroy_response(resp);
    return ret;
}

/* ---- POST /v1/sql ------------------------------------------------------------------------- */

struct sql_call {
    struct server *s;
    size_t db;
    char *sql;
    char *question; /* NULL when the request had none */
};

static void sql_call_free(struct sql_call *c)
{
    if (!c)
        return;
    free(c->sql);
    free(c->question);
    free(c);
}

/* {"error": {"code", "message", "class", "position"?}}: the database's own words about the
 * person's own SQL, so that the page can show where it went wrong. */
static char *sql_error_json(const char *code, const struct db_error *de, size_t *len)
{
    json_t *o = json_pack("{s:{s:s,s:s,s:s}}", "error", "code", code, "message", de->msg, "class",
                          db_errclass_name(de->cls));
    if (o && de->pos >= 0 &&
        json_object_set_new(json_object_get(o, "error"), "position", json_integer(de->pos))) {
        json_decref(o);
        o = NULL;
    }
    char *text = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    *len = text ? strlen(text) : 0;
    return text;
}

/* On a worker, with its connection to the database. */
static void sql_run(struct server *s, struct server_req *req, struct db *conn, void *ud)
{
    struct sql_call *c = ud;
    struct pipeline p = {
        .cfg = &s->cfg, .db = conn, .schema = &s->dbs[c->db].schema, .db_name = s->dbs[c->db].name};
    struct state st;
    struct db_error de;
    struct err e = {0};
    char *body = NULL;
    size_t len = 0;
    int status = 200;
    if (pipeline_run_sql(&p, c->sql, c->question, &st, &de, &e)) {
        body =
            server_error_json("internal", "the server ran out of memory running the query", &len);
        server_req_respond(req, 500, body, len);
        sql_call_free(c);
        return;
    }
    server_req_note_state(req, &st);
    if (st.status == STATE_ANSWERED) {
        body = state_render(&st);
        len = body ? strlen(body) : 0;
    } else if (de.cls == DBE_UNSAFE) {
        status = 403;
        body = sql_error_json("refused", &de, &len);
    } else {
        status = 422;
        body = sql_error_json(de.cls == DBE_TOO_COSTLY ? "too_costly"
                              : de.cls == DBE_TIMEOUT  ? "timeout"
                                                       : "sql_error",
                              &de, &len);
    }
    if (!body) {
        status = 500;
        body = server_error_json("internal", "the server ran out of memory rendering the answer",
                                 &len);
    }
    state_free(&st);
    sql_call_free(c);
    server_req_respond(req, status, body, len);
}

static int sql_start(struct server_req *r, void *ud)
{
    struct sql_call *c = ud;
    int rc = server_job_call(c->s, r, c->db, sql_run, c);
    if (rc)
        sql_call_free(c);
    return rc;
}

/* An optional string member: 0 when absent or a string (*out set), -1 when another type. */
static int opt_string(json_t *o, const char *key, const char **out)
{
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v)
        return 0;
    if (!json_is_string(v))
        return -1;
    *out = json_string_value(v);
    return 0;
}

enum MHD_Result server_web_sql(struct server_req *r)
{
    struct server *s = server_req_server(r);
    size_t n = 0;
    const char *body = server_req_body(r, &n);
    json_error_t je;
    const char *sql, *db, *question;
    if (!body || n == 0)
        return server_req_error(r, 400, "empty_body", "the request has no body");
    if (!server_utf8_valid((const unsigned char *)body, n))
        return server_req_error(r, 400, "invalid_utf8", "the body is not valid UTF-8");
    json_t *root = json_loadb(body, n, JSON_REJECT_DUPLICATES, &je);
    if (!root)
        return server_req_error(r, 400, "invalid_json", "the body is not valid JSON");
    enum MHD_Result ret;
    if (!json_is_object(root) || opt_string(root, "sql", &sql) || !sql ||
        !sql[strspn(sql, " \t\r\n")] || opt_string(root, "db", &db) ||
        opt_string(root, "question", &question)) {
        ret = server_req_error(r, 400, "invalid_request",
                               "expected {\"sql\": \"SELECT ...\", \"db\"?: \"name\", "
                               "\"question\"?: \"...\"}");
        goto out;
    }
    long i = server_find_db(s->dbs, s->n_dbs, db);
    if (i < 0) {
        ret = server_req_error(r, 404, "unknown_database",
                               "no database of that name; GET /v1/databases lists them");
        goto out;
    }
    server_req_set_db(r, s->dbs[i].name);
    struct sql_call *c = calloc(1, sizeof *c);
    if (!c || !(c->sql = strdup(sql)) || (question && !(c->question = strdup(question)))) {
        sql_call_free(c);
        ret = server_req_error(r, 500, "internal", "out of memory");
        goto out;
    }
    c->s = s;
    c->db = (size_t)i;
    ret = server_req_suspend(r, sql_start, c);
out:
    json_decref(root);
    return ret;
}
