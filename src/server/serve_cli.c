/* `genbi serve`: flags and configuration, start-up (databases introspected once, worker pool,
 * model loop, result cache, listening socket, libmicrohttpd), then the main thread waits for
 * SIGTERM/SIGINT and shuts down gracefully: stop accepting, let requests in flight finish
 * (bounded by server.shutdown_timeout_ms), stop the model loop and the workers, exit 0. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "db/db.h"
#include "db/demo.h"
#include "semantic/semantic.h"
#include "server/server.h"
#include "server/server_int.h"
#include "templates/templates.h"
#include "util/clock.h"

#include "util/banned.h"

#define EXIT_USAGE 2
#define DEFAULT_LISTEN "127.0.0.1:8000"
#define LISTEN_BACKLOG 4096

static const char usage_serve[] =
    "usage: genbi serve [--listen HOST:PORT] [--config FILE] [--db [NAME=]DSN]...\n"
    "                   [--llm PROTOCOL,URL,MODEL[,PRICE_IN_PER_1K,PRICE_OUT_PER_1K]]...\n"
    "                   [--no-rules] [--policy cost|balanced|accuracy] [--workers N]\n"
    "                   [--no-cache] [--redis URL] [--log-file PATH]\n"
    "       genbi serve --hash-key KEY|-\n"
    "\n"
    "Runs the HTTP service: POST /v1/ask, POST /sql/generate, GET /v1/databases,\n"
    "GET /v1/schema?db=, GET /health, GET /metrics (docs/server.md).\n"
    "\n"
    "  --listen HOST:PORT  address to listen on (default 127.0.0.1:8000; port 0 picks one);\n"
    "                      the chosen address is printed as \"listening on http://HOST:PORT\"\n"
    "  --config FILE       JSON configuration: tiers, \"databases\", \"server\" (keys, limits)\n"
    "  --db [NAME=]DSN     a database (repeatable; the first is the default). Without any,\n"
    "                      the configuration's \"databases\" or \"db\", else the demo database\n"
    "  --llm SPEC          add a model tier, cheapest first (as for genbi ask)\n"
    "  --no-rules          skip the built-in parser (tier 0); needs a model tier\n"
    "  --policy P          which model tier a question starts at, for requests that do not\n"
    "                      say (cost, balanced or accuracy; default: the configuration's)\n"
    "  --workers N         database workers (default 4)\n"
    "  --no-cache          turn the result caches off (local and Redis)\n"
    "  --redis URL         share answers and rate limits with other instances through Redis\n"
    "                      (redis://host:port/db; overrides server.cache.redis)\n"
    "  --log-file PATH     append the request log there instead of stderr\n"
    "  --hash-key KEY      print the hash of an API key for server.api_keys ('-' reads\n"
    "                      the key from standard input) and exit\n"
    "  -h, --help          this help\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "genbi: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n%s", usage_serve);
    return EXIT_USAGE;
}

static int hash_key(const char *arg)
{
    char line[1100];
    const char *key = arg;
    if (strcmp(arg, "-") == 0) {
        /* Read raw bytes: a NUL would otherwise cut the key short without a word. */
        size_t n = fread(line, 1, sizeof line - 1, stdin);
        line[n] = '\0';
        const char *nl = memchr(line, '\n', n);
        size_t end = nl ? (size_t)(nl - line) : n;
        if (end > 0 && line[end - 1] == '\r')
            end--;
        if (n == 0) {
            fprintf(stderr, "genbi: no key on standard input\n");
            return EXIT_USAGE;
        }
        if (memchr(line, '\0', end)) {
            fprintf(stderr, "genbi: the key on standard input contains a NUL byte\n");
            return EXIT_USAGE;
        }
        line[end] = '\0';
        key = line;
    }
    if (strlen(key) < 16) {
        fprintf(stderr, "genbi: an API key must be at least 16 characters\n");
        return EXIT_USAGE;
    }
    char hex[65];
    if (server_auth_hash_key(key, hex)) {
        fprintf(stderr, "genbi: cannot initialise libsodium\n");
        return 1;
    }
    printf("%s\n", hex);
    return 0;
}

/* "HOST:PORT", "[V6]:PORT" or ":PORT"; binds and listens with a deep backlog so a burst of a
 * thousand connections is not dropped. */
static int open_listener(const char *spec, struct buf *shown, struct err *e)
{
    char host[256], port[16];
    const char *colon = strrchr(spec, ':');
    if (!colon || colon[1] == '\0' || strlen(colon + 1) >= sizeof port ||
        (size_t)(colon - spec) >= sizeof host)
        return err_set(e, ERR_USAGE, "--listen %s: expected HOST:PORT", spec);
    const char *h = spec;
    size_t hn = (size_t)(colon - spec);
    if (hn >= 2 && h[0] == '[' && h[hn - 1] == ']') {
        h++;
        hn -= 2;
    }
    memcpy(host, h, hn);
    host[hn] = '\0';
    snprintf(port, sizeof port, "%s", colon + 1);
    char *pend = NULL;
    long pnum = strtol(port, &pend, 10);
    if (*pend || pend == port || pnum < 0 || pnum > 65535)
        return err_set(e, ERR_USAGE, "--listen %s: the port must be a number from 0 to 65535",
                       spec);
    struct addrinfo hints, *ai = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int gai = getaddrinfo(hn ? host : NULL, port, &hints, &ai);
    if (gai)
        return err_set(e, ERR_USAGE, "--listen %s: %s", spec, gai_strerror(gai));
    int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    int one = 1;
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) ||
        bind(fd, ai->ai_addr, ai->ai_addrlen) || listen(fd, LISTEN_BACKLOG)) {
        int saved = errno;
        if (fd >= 0)
            close(fd);
        freeaddrinfo(ai);
        return err_set(e, ERR_IO, "cannot listen on %s: %s", spec, strerror(saved));
    }
    freeaddrinfo(ai);
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    char addr[INET6_ADDRSTRLEN] = "?";
    int bound_port = 0;
    if (getsockname(fd, (struct sockaddr *)&ss, &sl) == 0) {
        if (ss.ss_family == AF_INET) {
            struct sockaddr_in *in = (struct sockaddr_in *)&ss;
            inet_ntop(AF_INET, &in->sin_addr, addr, sizeof addr);
            bound_port = ntohs(in->sin_port);
            buf_printf(shown, "%s:%d", addr, bound_port);
        } else {
            struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
            inet_ntop(AF_INET6, &in6->sin6_addr, addr, sizeof addr);
            bound_port = ntohs(in6->sin6_port);
            buf_printf(shown, "[%s]:%d", addr, bound_port);
        }
    }
    return fd;
}

/* A thousand suspended requests hold a thousand sockets plus the model calls' sockets. */
static void raise_fd_limit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

static void hex64(uint64_t v, char out[17])
{
    snprintf(out, 17, "%016llx", (unsigned long long)v);
}

/* Cache keys change when anything that shapes an answer does. */
static void tier_fingerprint(const struct config *c, char out[17])
{
    struct buf b = BUF_INIT;
    buf_printf(&b, "%g|%g|%d|%d|%ld|%ld|%d|%g|%g|%g|%g|%d|%g|%g", c->conf_done, c->conf_escalate,
               c->max_tables, c->max_columns, c->row_cap, c->query_timeout_ms, c->no_rules,
               c->conf_agree, c->conf_disagree, c->conf_disagree_min, c->complex_penalty,
               (int)c->policy, c->conf_unconfirmed, c->consistency_penalty);
    for (size_t i = 0; i < c->n_tiers; i++)
        buf_printf(&b, "|%s,%s,%s,%g,%g,%g", c->tiers[i].llm.protocol, c->tiers[i].llm.url,
                   c->tiers[i].llm.model, c->tiers[i].llm.price_in, c->tiers[i].llm.price_out,
                   c->tiers[i].confidence);
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < b.len; i++) {
        h ^= (unsigned char)b.data[i];
        h *= 1099511628211ULL;
    }
    hex64(h, out);
    buf_free(&b);
}

static int open_databases(struct server *s, struct err *e)
{
    struct config *c = &s->cfg;
    struct buf demo = BUF_INIT;
    int rc = 0;
    if (c->n_databases == 0) {
        if (c->db)
            rc = config_add_database(c, "default", c->db, e);
        else if (!(rc = demo_ensure(&demo, e)))
            rc = config_add_database(c, "demo", buf_cstr(&demo), e);
        if (rc)
            goto out;
    }
    s->dbs = calloc(c->n_databases, sizeof *s->dbs);
    if (!s->dbs) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    s->n_dbs = c->n_databases;
    for (size_t i = 0; i < s->n_dbs; i++) {
        struct server_db *d = &s->dbs[i];
        struct db *db = NULL;
        struct buf js = BUF_INIT;
        d->name = c->databases[i].name;
        d->dsn = c->databases[i].dsn;
        if ((rc = db_open(d->dsn, &db, e)) || (rc = db_load_schema(db, &d->schema, NULL, e)) ||
            (rc = semantic_attach(&d->schema, db, d->dsn, c->databases[i].semantic, e))) {
            char why[sizeof e->msg];
            snprintf(why, sizeof why, "%s", e->msg);
            err_set(e, rc, "database \"%s\": %s", d->name, why);
            db_close(db);
            goto out;
        }
        /* Templates are a shortcut: a store that cannot be opened only means none are used. */
        struct err te = {0};
        if (templates_open(db, &d->schema, &d->templates, &te))
            d->templates = NULL;
        db_close(db);
        hex64(d->schema.hash, d->hash_hex);
        schema_to_json(&d->schema, &js);
        if (js.failed) {
            buf_free(&js);
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        d->schema_json = buf_detach(&js);
    }
out:
    buf_free(&demo);
    return rc;
}

static void server_free(struct server *s)
{
    for (size_t i = 0; s->dbs && i < s->n_dbs; i++) {
        templates_close(s->dbs[i].templates);
        schema_free(&s->dbs[i].schema);
        free(s->dbs[i].schema_json);
    }
    free(s->dbs);
    cache_store_free(s->local);
    cache_store_free(s->shared);
    server_auth_free(&s->auth);
    server_metrics_free(&s->metrics);
    free(s->tier_health);
    if (s->log_fd > 2)
        close(s->log_fd);
    pthread_mutex_destroy(&s->health_mu);
    pthread_mutex_destroy(&s->idle_mu);
    pthread_cond_destroy(&s->idle_cv);
    config_free(&s->cfg);
}

/* The shared cache's warnings (Redis down, Redis back): one line each, on stderr. */
static void cache_warn(void *ud, const char *msg)
{
    (void)ud;
    fprintf(stderr, "genbi serve: warning: %s\n", msg);
}

/* The local LRU (unless entries is 0) and Redis (when configured). Redis is not contacted here:
 * one that is down at start-up is a degraded cache, not a failed start. */
static int open_caches(struct server *s, struct err *e)
{
    const struct config_server *c = &s->cfg.server;
    if (c->cache_entries > 0) {
        s->local = cache_lru_store_new((size_t)c->cache_entries, LIMIT_CACHE_BYTES,
                                       c->cache_ttl_ms);
        if (!s->local)
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    if (c->cache_redis && c->cache_redis[0]) {
        struct cache_redis_opts o = {
            .url = c->cache_redis,
            .ttl_ms = c->cache_ttl_ms,
            .connect_ms = c->redis_connect_ms,
            .command_ms = c->redis_timeout_ms,
            .max_conns = c->workers + 2, /* one per worker, and room for health checks */
            .warn = cache_warn,
        };
        int rc = cache_redis_open(&o, &s->shared, e);
        if (rc)
            return rc;
    }
    return 0;
}

/* Waits until no request is in flight or the deadline passes; returns those still in flight. */
static long wait_idle(struct server *s, long timeout_ms)
{
    struct timespec dl;
    clock_gettime(CLOCK_REALTIME, &dl);
    dl.tv_sec += timeout_ms / 1000;
    dl.tv_nsec += (timeout_ms % 1000) * 1000000L;
    if (dl.tv_nsec >= 1000000000L) {
        dl.tv_sec++;
        dl.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&s->idle_mu);
    while (atomic_load(&s->in_flight) > 0)
        if (pthread_cond_timedwait(&s->idle_cv, &s->idle_mu, &dl) == ETIMEDOUT)
            break;
    pthread_mutex_unlock(&s->idle_mu);
    return atomic_load(&s->in_flight);
}

static int run(struct server *s, const char *listen_spec)
{
    struct err e = {0};
    struct buf shown = BUF_INIT;
    int fd = -1, ret = 1;
    sigset_t set;

    /* Every thread started from here on inherits the mask; only sigwait() sees the signals. */
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    raise_fd_limit();

    if (open_databases(s, &e))
        goto fail_usage;
    if (server_auth_init(&s->auth, &s->cfg.server, &e))
        goto fail_usage;
    if (server_metrics_init(&s->metrics, &s->cfg)) {
        err_set(&e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    s->tier_health = calloc(s->cfg.n_tiers ? s->cfg.n_tiers : 1, sizeof *s->tier_health);
    if (!s->tier_health) {
        err_set(&e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    for (size_t t = 0; t < s->cfg.n_tiers; t++)
        s->tier_health[t].up = -1;
    tier_fingerprint(&s->cfg, s->tier_fp);
    if (open_caches(s, &e))
        goto fail_usage;
    if (s->cfg.server.log_file) {
        s->log_fd = open(s->cfg.server.log_file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
        if (s->log_fd < 0) {
            err_set(&e, ERR_USAGE, "cannot open the log file %s: %s", s->cfg.server.log_file,
                    strerror(errno));
            goto fail_usage;
        }
    }
    if (llm_multi_new(&s->multi, &e) || server_pool_start(s, &s->pool, &e))
        goto fail;
    fd = open_listener(listen_spec, &shown, &e);
    if (fd < 0)
        goto fail_usage;
    if (server_http_start(s, fd, &e))
        goto fail;
    printf("listening on http://%s\n", buf_cstr(&shown));
    fflush(stdout);

    int sig = 0;
    while (sigwait(&set, &sig) != 0)
        ;
    fprintf(stderr, "genbi serve: %s: finishing %ld requests in flight\n",
            sig == SIGTERM ? "SIGTERM" : "SIGINT", atomic_load(&s->in_flight));
    atomic_store(&s->draining, 1);
    /* Stop accepting: the listening socket is closed, connections already open are served. */
    int lfd = MHD_quiesce_daemon(s->mhd);
    if (lfd >= 0)
        close(lfd);
    fd = -1;
    long left = wait_idle(s, s->cfg.server.shutdown_timeout_ms);
    if (left > 0) {
        /* Suspended requests cannot be torn down cleanly; leave at once. */
        fprintf(stderr, "genbi serve: %ld requests still in flight after %ld ms; exiting\n", left,
                s->cfg.server.shutdown_timeout_ms);
        fflush(NULL);
        _exit(0);
    }
    server_http_stop(s);
    ret = 0;
    goto out;
fail_usage:
    ret = EXIT_USAGE;
fail:
    fprintf(stderr, "genbi: %s\n", e.msg[0] ? e.msg : "cannot start the server");
    server_http_stop(s);
    if (fd >= 0)
        close(fd);
out:
    /* Model calls end first (their jobs queue up), then the workers drain every queued job. */
    if (s->multi)
        llm_multi_stop(s->multi);
    server_pool_stop(s->pool);
    llm_multi_free(s->multi);
    buf_free(&shown);
    if (!ret)
        fprintf(stderr, "genbi serve: stopped\n");
    return ret;
}

/* A flag's value in place of the configuration's. 0, or -1 without memory (*slot unchanged). */
static int set_string(char **slot, const char *v)
{
    char *copy = strdup(v);
    if (!copy)
        return -1;
    free(*slot);
    *slot = copy;
    return 0;
}

int server_main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"listen", required_argument, NULL, 'L'},   {"config", required_argument, NULL, 'c'},
        {"db", required_argument, NULL, 'd'},       {"llm", required_argument, NULL, 'l'},
        {"no-rules", no_argument, NULL, 'n'},       {"policy", required_argument, NULL, 'p'},
        {"workers", required_argument, NULL, 'w'},  {"no-cache", no_argument, NULL, 'C'},
        {"log-file", required_argument, NULL, 'o'}, {"hash-key", required_argument, NULL, 'H'},
        {"redis", required_argument, NULL, 'R'},    {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct server s;
    struct err e = {0};
    const char *listen_spec = NULL, *config_path = NULL, *policy = NULL, *log_file = NULL,
               *redis = NULL;
    int no_rules = 0, no_cache = 0, workers = 0, c, ret = 0;
    char **llm = calloc((size_t)argc + 1, sizeof *llm),
         **dbs = calloc((size_t)argc + 1, sizeof *dbs);
    int n_llm = 0, n_dbs = 0;
    memset(&s, 0, sizeof s);
    config_init(&s.cfg);
    pthread_mutex_init(&s.health_mu, NULL);
    pthread_mutex_init(&s.idle_mu, NULL);
    pthread_cond_init(&s.idle_cv, NULL);
    s.log_fd = 2;
    s.id_salt = (unsigned long)time(NULL) ^ ((unsigned long)getpid() << 16);
    if (!llm || !dbs) {
        fprintf(stderr, "genbi: out of memory\n");
        ret = 1;
        goto out;
    }
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        char *end = NULL;
        switch (c) {
        case 'L':
            listen_spec = optarg;
            break;
        case 'c':
            config_path = optarg;
            break;
        case 'd':
            dbs[n_dbs++] = optarg;
            break;
        case 'l':
            llm[n_llm++] = optarg;
            break;
        case 'n':
            no_rules = 1;
            break;
        case 'p':
            if (strcmp(optarg, "cost") && strcmp(optarg, "balanced") &&
                strcmp(optarg, "accuracy")) {
                ret = usage_error("--policy must be cost, balanced or accuracy, not '%s'", optarg);
                goto out;
            }
            policy = optarg;
            break;
        case 'w':
            workers = (int)strtol(optarg, &end, 10);
            if (!end || *end || workers < 1 || workers > 64) {
                ret = usage_error("--workers needs a number from 1 to 64, got '%s'", optarg);
                goto out;
            }
            break;
        case 'C':
            no_cache = 1;
            break;
        case 'o':
            log_file = optarg;
            break;
        case 'R':
            redis = optarg;
            break;
        case 'H':
            ret = hash_key(optarg);
            goto out;
        case 'h':
            fputs(usage_serve, stdout);
            goto out;
        default:
            ret = usage_error("%s", "unknown option");
            goto out;
        }
    }
    if (optind < argc) {
        ret = usage_error("unexpected argument '%s'", argv[optind]);
        goto out;
    }
    if (config_path && config_load(&s.cfg, config_path, &e))
        goto bad;
    for (int i = 0; i < n_llm; i++)
        if (config_add_tier(&s.cfg, llm[i], &e))
            goto bad;
    if (n_dbs) {
        /* --db replaces the configuration's databases. */
        for (size_t i = 0; i < s.cfg.n_databases; i++) {
            free(s.cfg.databases[i].name);
            free(s.cfg.databases[i].dsn);
        }
        s.cfg.n_databases = 0;
    }
    for (int i = 0; i < n_dbs; i++) {
        const char *eq = strchr(dbs[i], '=');
        size_t nl = eq ? (size_t)(eq - dbs[i]) : 0;
        int named = eq && nl > 0 && nl <= 64 &&
                    strspn(dbs[i], "abcdefghijklmnopqrstuvwxyz"
                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                   "0123456789_-.") == nl;
        char name[72];
        snprintf(name, sizeof name, "%.*s", named ? (int)nl : 0, dbs[i]);
        if (config_add_database(&s.cfg, named ? name : (i == 0 ? "default" : "db"),
                                named ? eq + 1 : dbs[i], &e))
            goto bad;
    }
    if (no_rules)
        s.cfg.no_rules = 1;
    if (workers)
        s.cfg.server.workers = workers;
    if ((redis && set_string(&s.cfg.server.cache_redis, redis)) ||
        (log_file && set_string(&s.cfg.server.log_file, log_file))) {
        fprintf(stderr, "genbi: out of memory\n");
        ret = 1;
        goto out;
    }
    if (no_cache) {
        s.cfg.server.cache_entries = 0;
        free(s.cfg.server.cache_redis);
        s.cfg.server.cache_redis = NULL;
    }
    if (config_validate(&s.cfg, &e) || config_validate_server(&s.cfg, &e))
        goto bad;
    /* --policy overrides the configuration's; requests may still choose their own */
    if (policy)
        router_policy_parse(policy, &s.cfg.policy);
    s.default_policy = router_policy_name(s.cfg.policy);
    ret = run(&s, listen_spec           ? listen_spec
                  : s.cfg.server.listen ? s.cfg.server.listen
                                        : DEFAULT_LISTEN);
    goto out;
bad:
    fprintf(stderr, "genbi: %s\n", e.msg);
    ret = EXIT_USAGE;
out:
    server_free(&s);
    free(llm);
    free(dbs);
    return ret;
}

const struct server_module server_module = {.main = server_main};
