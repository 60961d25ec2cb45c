/* /v1/templates: a database's learned templates (docs/server.md). GET lists them, DELETE ?id=
 * removes one, POST {"question", "sql"} teaches a pair (the gate and an execution first) and
 * POST {"id", "pinned"} pins or unpins one. Every method runs on a worker: teaching needs the
 * worker's connection, and the store's file is read and written there, not on the HTTP thread. */
#include <jansson.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#include "server/server_int.h"
#include "templates/templates.h"

#include "util/banned.h"

enum tmpl_method { TM_GET, TM_POST, TM_DELETE };

struct tmpl_call {
    struct server *s;
    size_t db;
    enum tmpl_method method;
    char *id, *question, *sql;
    int pinned; /* POST with "id": 0 or 1 */
};

static void call_free(struct tmpl_call *c)
{
    if (!c)
        return;
    free(c->id);
    free(c->question);
    free(c->sql);
    free(c);
}

static void respond_json(struct server_req *req, int status, json_t *o)
{
    size_t len = 0;
    char *body = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    if (!body) {
        status = 500;
        body = server_error_json("internal", "out of memory", &len);
    } else {
        len = strlen(body);
    }
    server_req_respond(req, status, body, len);
}

static void respond_error(struct server_req *req, int status, const char *code, const char *msg)
{
    size_t len = 0;
    char *body = server_error_json(code, msg, &len);
    server_req_respond(req, status, body, len);
}

static void tmpl_run(struct server *s, struct server_req *req, struct db *conn, void *ud)
{
    struct tmpl_call *c = ud;
    struct server_db *d = &s->dbs[c->db];
    struct templates *t = d->templates;
    struct err e = {0};
    char id[16];
    if (c->method == TM_GET) {
        json_t *arr = t ? templates_list_json(t) : json_array();
        respond_json(req, 200, json_pack("{s:s,s:b,s:o}", "db", d->name, "enabled", t != NULL,
                                         "templates", arr));
    } else if (!t) {
        respond_error(req, 409, "templates_off", "templates are off for this database");
    } else if (c->method == TM_DELETE) {
        if (templates_delete(t, c->id))
            respond_json(req, 200, json_pack("{s:s}", "deleted", c->id));
        else
            respond_error(req, 404, "not_found", "no template with that id");
    } else if (c->id) {
        if (templates_pin(t, c->id, c->pinned))
            respond_json(req, 200, json_pack("{s:s,s:b}", "id", c->id, "pinned", c->pinned));
        else
            respond_error(req, 404, "not_found", "no template with that id");
    } else if (templates_add_checked(t, conn, c->question, c->sql, id, &e)) {
        respond_error(req, e.code == ERR_USAGE ? 422 : 500,
                      e.code == ERR_USAGE ? "not_stored" : "internal", e.msg);
    } else {
        respond_json(req, 201, json_pack("{s:s}", "id", id));
    }
    call_free(c);
}

static int tmpl_start(struct server_req *r, void *ud)
{
    struct tmpl_call *c = ud;
    int rc = server_job_call(c->s, r, c->db, tmpl_run, c);
    if (rc)
        call_free(c);
    return rc;
}

/* The POST body into c, with its database: 0, -1 for a body that is not one of the two forms,
 * -2 for a database that is not configured. */
static int read_post(struct server_req *r, struct tmpl_call *c)
{
    struct server *s = server_req_server(r);
    size_t n = 0;
    const char *body = server_req_body(r, &n);
    json_error_t je;
    if (!body || !n || !server_utf8_valid((const unsigned char *)body, n))
        return -1;
    json_t *root = json_loadb(body, n, JSON_REJECT_DUPLICATES, &je);
    int rc = -1;
    if (!json_is_object(root))
        goto out;
    json_t *jdb = json_object_get(root, "db"), *id = json_object_get(root, "id");
    json_t *q = json_object_get(root, "question"), *sql = json_object_get(root, "sql");
    json_t *pin = json_object_get(root, "pinned");
    if (jdb && !json_is_string(jdb))
        goto out;
    if (json_is_string(id) && json_is_boolean(pin) && !q && !sql) {
        c->id = strdup(json_string_value(id));
        c->pinned = json_is_true(pin);
        rc = c->id ? 0 : -1;
    } else if (!id && json_is_string(q) && json_is_string(sql) && json_string_length(q) &&
               json_string_length(sql)) {
        c->question = strdup(json_string_value(q));
        c->sql = strdup(json_string_value(sql));
        rc = c->question && c->sql ? 0 : -1;
    }
    long i = rc ? -1 : server_find_db(s->dbs, s->n_dbs, jdb ? json_string_value(jdb) : NULL);
    if (rc == 0 && i < 0)
        rc = -2;
    if (rc == 0)
        c->db = (size_t)i;
out:
    json_decref(root);
    return rc;
}

enum MHD_Result server_templates(struct server_req *r, const char *method)
{
    struct server *s = server_req_server(r);
    struct MHD_Connection *conn = server_req_conn(r);
    struct tmpl_call *c = calloc(1, sizeof *c);
    if (!c)
        return server_req_error(r, 500, "internal", "out of memory");
    c->s = s;
    c->method = strcmp(method, "GET") == 0 ? TM_GET : strcmp(method, "POST") == 0 ? TM_POST : TM_DELETE;
    if (c->method == TM_POST) {
        int rc = read_post(r, c);
        if (rc) {
            call_free(c);
            return rc == -2 ? server_req_error(r, 404, "unknown_database",
                                               "no database of that name; GET /v1/databases lists them")
                            : server_req_error(r, 400, "invalid_request",
                                               "expected {\"question\", \"sql\", \"db\"?} or "
                                               "{\"id\", \"pinned\": true|false, \"db\"?}");
        }
    } else {
        const char *db = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "db");
        const char *id = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "id");
        long i = db && !server_utf8_valid((const unsigned char *)db, strlen(db))
                     ? -1
                     : server_find_db(s->dbs, s->n_dbs, db && *db ? db : NULL);
        if (i < 0) {
            call_free(c);
            return server_req_error(r, 404, "unknown_database",
                                    "no database of that name; GET /v1/databases lists them");
        }
        c->db = (size_t)i;
        if (c->method == TM_DELETE && (!id || !*id || !(c->id = strdup(id)))) {
            call_free(c);
            return server_req_error(r, 400, "invalid_request", "DELETE needs ?id=TEMPLATE");
        }
    }
    server_req_set_db(r, s->dbs[c->db].name);
    return server_req_suspend(r, tmpl_start, c);
}
