/* Open HTTP connections of `genbi serve` and the whole-time bound on receiving a request.
 *
 * libmicrohttpd's connection timeout restarts on every byte, so a client that trickles one
 * header line every few seconds keeps its connection (and a file descriptor) forever. Each
 * connection here carries a deadline instead: header_timeout_ms from its start (or from the end
 * of its previous response, on a kept-alive connection) until its headers are in, then
 * body_timeout_ms until its body is in, then none while it is served. A sweeper thread wakes
 * every LIMIT_CONNS_SWEEP_MS and shuts down (shutdown(2), never close) the sockets past their
 * deadline; libmicrohttpd then sees the end of the stream and closes the connection itself.
 *
 * Thread-safety: the list is guarded by mu. libmicrohttpd reports a connection closed
 * (server_conns_notify, MHD_CONNECTION_NOTIFY_CLOSED) before it closes the socket, and that
 * report takes mu, so the sweeper never shuts down a descriptor that another connection reuses. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "server/server_int.h"
#include "util/clock.h"

#include "util/banned.h"

#define LIMIT_CONNS_SWEEP_MS 250L
#define CONNS_NO_DEADLINE 0.0

struct server_conn {
    struct server_conn *prev, *next;
    int fd;
    double deadline_ms; /* CONNS_NO_DEADLINE while the request is served */
    int url_nul;        /* the current request's URL decoded to a NUL byte (%00) */
};

static struct server_conn *conn_of(struct MHD_Connection *conn)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return ci ? ci->socket_context : NULL;
}

void server_conns_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
                         enum MHD_ConnectionNotificationCode code)
{
    struct server_conns *cs = cls;
    struct server_conn *c = *socket_context;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
        atomic_fetch_add(&cs->open, 1);
        c = calloc(1, sizeof *c);
        if (!c || !ci)
            goto untracked; /* counted, but without a deadline: nothing better to do */
        c->fd = ci->connect_fd;
        c->deadline_ms = clock_ms() + (double)cs->header_ms;
        pthread_mutex_lock(&cs->mu);
        c->next = cs->head;
        if (cs->head)
            cs->head->prev = c;
        cs->head = c;
        pthread_mutex_unlock(&cs->mu);
        *socket_context = c;
        return;
    untracked:
        free(c);
        *socket_context = NULL;
        return;
    }
    /* closed */
    atomic_fetch_sub(&cs->open, 1);
    if (!c)
        return;
    pthread_mutex_lock(&cs->mu);
    if (c->prev)
        c->prev->next = c->next;
    else
        cs->head = c->next;
    if (c->next)
        c->next->prev = c->prev;
    pthread_mutex_unlock(&cs->mu);
    free(c);
    *socket_context = NULL;
}

void server_conns_phase(struct server_conns *cs, struct MHD_Connection *conn,
                        enum server_conn_phase phase)
{
    struct server_conn *c = conn_of(conn);
    if (!c)
        return;
    double d = CONNS_NO_DEADLINE;
    if (phase == CONN_PHASE_IDLE)
        c->url_nul = 0; /* the next request's URL is decoded after this */
    if (phase == CONN_PHASE_BODY)
        d = clock_ms() + (double)cs->body_ms;
    else if (phase == CONN_PHASE_IDLE)
        d = clock_ms() + (double)cs->header_ms;
    pthread_mutex_lock(&cs->mu);
    c->deadline_ms = d;
    pthread_mutex_unlock(&cs->mu);
}

/* libmicrohttpd's own decoding, remembering a %00: the decoded strings are handed on as C
 * strings, which would silently end at the NUL (?db=main%00x would read as "main"). */
size_t server_conns_unescape(void *cls, struct MHD_Connection *conn, char *s)
{
    (void)cls;
    size_t n = MHD_http_unescape(s);
    if (memchr(s, '\0', n)) {
        struct server_conn *c = conn_of(conn);
        if (c)
            c->url_nul = 1;
    }
    return n;
}

int server_conns_url_nul(struct MHD_Connection *conn)
{
    struct server_conn *c = conn_of(conn);
    return c && c->url_nul;
}

static void *sweeper(void *arg)
{
    struct server_conns *cs = arg;
    pthread_mutex_lock(&cs->mu);
    while (!cs->stop) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += LIMIT_CONNS_SWEEP_MS * 1000000L;
        ts.tv_sec += ts.tv_nsec / 1000000000L;
        ts.tv_nsec %= 1000000000L;
        pthread_cond_timedwait(&cs->cv, &cs->mu, &ts);
        double now = clock_ms();
        for (struct server_conn *c = cs->head; c && !cs->stop; c = c->next)
            if (c->deadline_ms != CONNS_NO_DEADLINE && now > c->deadline_ms) {
                shutdown(c->fd, SHUT_RDWR);
                c->deadline_ms = CONNS_NO_DEADLINE; /* once is enough */
                atomic_fetch_add(&cs->timed_out, 1);
            }
    }
    pthread_mutex_unlock(&cs->mu);
    return NULL;
}

int server_conns_start(struct server_conns *cs, long header_ms, long body_ms, struct err *e)
{
    memset(cs, 0, sizeof *cs);
    pthread_mutex_init(&cs->mu, NULL);
    pthread_cond_init(&cs->cv, NULL);
    cs->header_ms = header_ms;
    cs->body_ms = body_ms;
    int rc = pthread_create(&cs->thread, NULL, sweeper, cs);
    if (rc)
        return err_set(e, ERR_IO, "cannot start the connection sweeper: %s", strerror(rc));
    cs->running = 1;
    return 0;
}

void server_conns_stop(struct server_conns *cs)
{
    if (!cs->running)
        return;
    pthread_mutex_lock(&cs->mu);
    cs->stop = 1;
    pthread_cond_signal(&cs->cv);
    pthread_mutex_unlock(&cs->mu);
    pthread_join(cs->thread, NULL);
    cs->running = 0;
}
