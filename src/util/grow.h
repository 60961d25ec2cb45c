/* grow: room for one more element in a malloc'd array, doubling its capacity when full. The
 * array and its capacity are the caller's; on failure nothing changes, so the caller's one
 * cleanup path frees what it had. */
#ifndef GENBI_GROW_H
#define GENBI_GROW_H

#include <stdint.h>
#include <stdlib.h>

/* *arr holds n elements of size bytes in *cap. Returns 0 when (*arr)[n] is usable, -1 when
 * memory ran out (or the size would overflow); first is the capacity of a new array. */
static inline int grow(void *arr, size_t *cap, size_t n, size_t size, size_t first)
{
    if (n < *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : first;
    if (ncap < *cap || ncap > SIZE_MAX / size)
        return -1;
    void *p = realloc(*(void **)arr, ncap * size);
    if (!p)
        return -1;
    *(void **)arr = p;
    *cap = ncap;
    return 0;
}

#endif
