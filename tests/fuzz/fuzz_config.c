/* Fuzz target: the JSON configuration file (config_load_buffer, then the validation that
 * `genbi serve` and `genbi ask` run on it). The input is the file's text. */
#include <stdint.h>
#include <stdlib.h>

#include "core/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct config c;
    struct err e = {0};
    config_init(&c);
    if (config_load_buffer(&c, (const char *)data, size, "fuzz.json", &e) == 0) {
        config_validate(&c, &e);
        config_validate_server(&c, &e);
    } else if (!e.msg[0]) {
        abort(); /* a refusal always says why */
    }
    config_free(&c);
    return 0;
}
