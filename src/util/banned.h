/* Functions that are easy to misuse; including this header makes any use a compile error.
 * Use buf_* (buf.h) or snprintf with an explicit size instead. */
#ifndef GENBI_BANNED_H
#define GENBI_BANNED_H

#define BANNED(func) sorry_##func##_is_banned_in_genbi

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef strtok
#define strtok(x, y) BANNED(strtok)
#undef atoi
#define atoi(x) BANNED(atoi)
#undef gets
#define gets(x) BANNED(gets)

#endif
