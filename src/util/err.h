/* Error reporting: functions that can fail return 0 or a negative enum err_code and fill an
 * optional struct err with a message a user can act on. */
#ifndef GENBI_ERR_H
#define GENBI_ERR_H

enum err_code {
    ERR_OK = 0,
    ERR_NOMEM = -1,
    ERR_USAGE = -2,    /* bad arguments or configuration */
    ERR_IO = -3,       /* file or network */
    ERR_DB = -4,       /* the database reported an error */
    ERR_UNSAFE = -5,   /* refused by the safety gate */
    ERR_TIMEOUT = -6,
    ERR_PROTOCOL = -7, /* a peer answered something we cannot parse */
    ERR_NOTFOUND = -8,
    ERR_LIMIT = -9,    /* a size or count limit was hit */
    ERR_UNSUPPORTED = -10,
};

struct err {
    int code;       /* enum err_code */
    char msg[512];
};

/* Fills e (if non-NULL) and returns code, so callers can write `return err_set(e, ERR_IO, ...)`. */
int err_set(struct err *e, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void err_clear(struct err *e);
const char *err_str(int code);

#endif
