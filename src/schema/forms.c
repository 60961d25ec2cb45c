/* Value forms (see forms.h). Each group lists forms of one value, separated by '|'; a text
 * matches a form when both are equal ignoring case, blanks and punctuation. Adding a value is
 * adding a group; nothing here names a database. */
#include "schema/forms.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/banned.h"

static const char *const groups[] = {
    /* yes / no, true / false, gender */
    "Yes|Y|T|True|1",
    "No|N|F|False|0",
    "Male|M|Man|Men|Boy|Boys|Males",
    "Female|F|Woman|Women|Girl|Girls|Females",
    /* ordinals */
    "first|1st|1|one", "second|2nd|2|two|II", "third|3rd|3|three|III", "fourth|4th|4|four|IV",
    "fifth|5th|5|five", "sixth|6th|6|six|VI", "seventh|7th|7|seven|VII",
    "eighth|8th|8|eight|VIII", "ninth|9th|9|nine|IX", "tenth|10th|10|ten",
    "freshman|1st year|first year", "sophomore|2nd year|second year",
    "junior|3rd year|third year", "senior|4th year|fourth year",
    /* US states and their postal codes */
    "Alabama|AL", "Alaska|AK", "Arizona|AZ", "Arkansas|AR", "California|CA|Calif", "Colorado|CO",
    "Connecticut|CT", "Delaware|DE", "Florida|FL|Fla", "Georgia|GA", "Hawaii|HI", "Idaho|ID",
    "Illinois|IL", "Indiana|IN", "Iowa|IA", "Kansas|KS", "Kentucky|KY", "Louisiana|LA",
    "Maine|ME", "Maryland|MD", "Massachusetts|MA|Mass", "Michigan|MI", "Minnesota|MN",
    "Mississippi|MS", "Missouri|MO", "Montana|MT", "Nebraska|NE", "Nevada|NV",
    "New Hampshire|NH", "New Jersey|NJ", "New Mexico|NM", "New York|NY|New York State",
    "North Carolina|NC", "North Dakota|ND", "Ohio|OH", "Oklahoma|OK", "Oregon|OR",
    "Pennsylvania|PA|Penn", "Rhode Island|RI", "South Carolina|SC", "South Dakota|SD",
    "Tennessee|TN", "Texas|TX", "Utah|UT", "Vermont|VT", "Virginia|VA", "Washington|WA",
    "West Virginia|WV", "Wisconsin|WI", "Wyoming|WY", "District of Columbia|DC|Washington DC",
    /* countries: common name, other names, ISO 3166 alpha-3 and alpha-2, demonyms */
    "United States|United States of America|USA|US|America|American|Americans|U.S.|U.S.A.",
    "United Kingdom|UK|GBR|GB|Great Britain|Britain|British|England|English|U.K.",
    "Canada|CAN|CA|Canadian", "Mexico|MEX|MX|Mexican", "Brazil|BRA|BR|Brazilian",
    "Argentina|ARG|AR|Argentinian|Argentine", "Chile|CHL|CL|Chilean",
    "Colombia|COL|CO|Colombian", "Peru|PER|PE|Peruvian", "Venezuela|VEN|VE|Venezuelan",
    "France|FRA|FR|French", "Germany|DEU|DE|GER|German|Deutschland", "Italy|ITA|IT|Italian",
    "Spain|ESP|ES|Spanish", "Portugal|PRT|PT|Portuguese", "Netherlands|NLD|NL|Holland|Dutch|The Netherlands",
    "Belgium|BEL|BE|Belgian", "Switzerland|CHE|CH|Swiss", "Austria|AUT|AT|Austrian",
    "Sweden|SWE|SE|Swedish", "Norway|NOR|NO|Norwegian", "Denmark|DNK|DK|Danish",
    "Finland|FIN|FI|Finnish", "Ireland|IRL|IE|Irish", "Poland|POL|PL|Polish",
    "Greece|GRC|GR|Greek", "Turkey|TUR|TR|Turkish|Türkiye", "Russia|RUS|RU|Russian|Russian Federation",
    "Ukraine|UKR|UA|Ukrainian", "Czech Republic|CZE|CZ|Czechia|Czech", "Hungary|HUN|HU|Hungarian",
    "Romania|ROU|RO|Romanian", "China|CHN|CN|Chinese|PRC", "Japan|JPN|JP|Japanese",
    "South Korea|KOR|KR|Korea|Korean|Republic of Korea", "India|IND|IN|Indian",
    "Pakistan|PAK|PK|Pakistani", "Indonesia|IDN|ID|Indonesian", "Philippines|PHL|PH|Filipino",
    "Vietnam|VNM|VN|Viet Nam|Vietnamese", "Thailand|THA|TH|Thai", "Malaysia|MYS|MY|Malaysian",
    "Singapore|SGP|SG|Singaporean", "Australia|AUS|AU|Australian",
    "New Zealand|NZL|NZ|New Zealander", "South Africa|ZAF|ZA|South African",
    "Egypt|EGY|EG|Egyptian", "Nigeria|NGA|NG|Nigerian", "Kenya|KEN|KE|Kenyan",
    "Israel|ISR|IL|Israeli", "Saudi Arabia|SAU|SA|Saudi", "United Arab Emirates|ARE|AE|UAE|Emirati",
    "Iran|IRN|IR|Iranian", "Scotland|Scottish", "Wales|Welsh",
    /* continents and regions ("European countries") */
    "Europe|European|EU", "Asia|Asian", "Africa|African", "North America|North American",
    "South America|South American|Latin America", "Oceania|Oceanian",
    "Antarctica|Antarctic",
};

/* Lowercase letters and digits of s (other bytes above 0x7f kept), into out. */
static void norm(const char *s, size_t len, char *out, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < len && s[i] && k + 1 < n; i++)
        if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            out[k++] = (char)tolower((unsigned char)s[i]);
    out[k] = '\0';
}

int value_forms_equal(const char *a, const char *b)
{
    char na[128], nb[128];
    norm(a, strlen(a), na, sizeof na);
    norm(b, strlen(b), nb, sizeof nb);
    return na[0] && strcmp(na, nb) == 0;
}

/* 1 when the group holds a form equal to the normalized key. */
static int group_has(const char *g, const char *key)
{
    char f[128];
    while (*g) {
        const char *bar = strchr(g, '|');
        size_t len = bar ? (size_t)(bar - g) : strlen(g);
        norm(g, len, f, sizeof f);
        if (strcmp(f, key) == 0)
            return 1;
        g += len + (bar != NULL);
    }
    return 0;
}

/* Every form, normalized and sorted, so that a text no group holds (nearly every text a caller
 * tries) is turned away by one binary search instead of a walk through every group. */
#define FORMS_MAX 1024
#define FORM_LEN 48
static char known[FORMS_MAX][FORM_LEN];
static size_t n_known;
static int known_ok; /* 0 when the table did not fit: every text walks the groups */
static pthread_once_t known_once = PTHREAD_ONCE_INIT;

static int cmp_form(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void known_init(void)
{
    known_ok = 1;
    for (size_t i = 0; i < sizeof groups / sizeof groups[0] && known_ok; i++)
        for (const char *g = groups[i]; *g && known_ok;) {
            const char *bar = strchr(g, '|');
            size_t len = bar ? (size_t)(bar - g) : strlen(g);
            known_ok = n_known < FORMS_MAX && len < FORM_LEN;
            if (known_ok)
                norm(g, len, known[n_known++], FORM_LEN);
            g += len + (bar != NULL);
        }
    qsort(known, n_known, FORM_LEN, cmp_form);
}

int value_forms_each(const char *text, int (*fn)(const char *form, void *arg), void *arg)
{
    char key[128], f[128], form[128];
    norm(text, strlen(text), key, sizeof key);
    if (!key[0])
        return 0;
    pthread_once(&known_once, known_init);
    if (known_ok && (strlen(key) >= FORM_LEN || !bsearch(key, known, n_known, FORM_LEN, cmp_form)))
        return 0;
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
        if (!group_has(groups[i], key))
            continue;
        for (const char *g = groups[i]; *g;) {
            const char *bar = strchr(g, '|');
            size_t len = bar ? (size_t)(bar - g) : strlen(g);
            norm(g, len, f, sizeof f);
            if (strcmp(f, key) != 0 && len < sizeof form) {
                memcpy(form, g, len);
                form[len] = '\0';
                int rc = fn(form, arg);
                if (rc)
                    return rc;
            }
            g += len + (bar != NULL);
        }
    }
    return 0;
}

int value_abbreviates(const char *code, const char *word)
{
    size_t n = strlen(code), m = strlen(word);
    if (n < 2 || n > 4 || m < 4 || m <= n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)code[i]))
            return 0;
    for (size_t i = 0; i < m; i++)
        if (!isalpha((unsigned char)word[i]))
            return 0;
    if (tolower((unsigned char)code[0]) != tolower((unsigned char)word[0]))
        return 0;
    size_t k = 1;
    for (size_t i = 1; i < m && k < n; i++)
        if (tolower((unsigned char)word[i]) == tolower((unsigned char)code[k]))
            k++;
    return k == n;
}
