/*
 * validate.c - checksum and structure validators for PHI identifiers.
 *
 * Kept apart from the matcher so each rule can be unit-tested on its own
 * with valid and invalid vectors.
 */
#include <string.h>

#include "validate.h"

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

bool mm_valid_luhn(const char *digits, size_t n)
{
    if (n < 2 || !all_digits(digits, n))
        return false;
    unsigned sum = 0;
    bool dbl = false;
    for (size_t i = n; i-- > 0;) {
        unsigned d = (unsigned)(digits[i] - '0');
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

bool mm_valid_ssn(const char *d, size_t n)
{
    static const char *const advertising[] = {"078051120", "219099999", "457555462"};
    if (n != 9 || !all_digits(d, n))
        return false;
    int area = num(d, 3), group = num(d + 3, 2), serial = num(d + 5, 4);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
        return false;
    for (size_t i = 0; i < sizeof advertising / sizeof *advertising; i++)
        if (memcmp(d, advertising[i], 9) == 0)
            return false;
    return true;
}

bool mm_valid_npi(const char *d, size_t n)
{
    char buf[15];
    if (n != 10 || !all_digits(d, n) || (d[0] != '1' && d[0] != '2'))
        return false;
    memcpy(buf, "80840", 5);
    memcpy(buf + 5, d, 10);
    return mm_valid_luhn(buf, 15);
}

bool mm_valid_dea(const char *s, size_t n)
{
    /* First letter: registrant type codes in use. */
    static const char types[] = "ABCDEFGHJKLMPRSTUX";
    if (n != 9 || s[0] == '\0' || strchr(types, s[0]) == NULL)
        return false;
    if (!((s[1] >= 'A' && s[1] <= 'Z') || s[1] == '9') || !all_digits(s + 2, 7))
        return false;
    const char *d = s + 2;
    int sum = (d[0] - '0') + (d[2] - '0') + (d[4] - '0') +
              2 * ((d[1] - '0') + (d[3] - '0') + (d[5] - '0'));
    return sum % 10 == d[6] - '0';
}

static bool mbi_letter(char c)
{
    return c >= 'A' && c <= 'Z' && strchr("SLOIBZ", c) == NULL;
}

static bool mbi_digit(char c) { return c >= '0' && c <= '9'; }

bool mm_valid_mbi(const char *s, size_t n)
{
    /* C: 1-9, A: letter, N: digit, X: letter or digit. */
    static const char shape[] = "CAXNAXNAANN";
    if (n != 11)
        return false;
    for (size_t i = 0; i < 11; i++) {
        char c = s[i];
        bool ok;
        switch (shape[i]) {
        case 'C': ok = c >= '1' && c <= '9'; break;
        case 'A': ok = mbi_letter(c); break;
        case 'N': ok = mbi_digit(c); break;
        default: ok = mbi_letter(c) || mbi_digit(c); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool mm_valid_nanp(const char *d, size_t n)
{
    return n == 10 && all_digits(d, n) && d[0] >= '2' && d[3] >= '2';
}

bool mm_valid_fr_phone(const char *d, size_t n)
{
    return n == 9 && all_digits(d, n) && d[0] >= '1';
}

bool mm_valid_nir(const char *s, size_t n)
{
    char buf[13];
    if (n != 15)
        return false;
    if (s[0] != '1' && s[0] != '2' && s[0] != '7' && s[0] != '8')
        return false;
    if (!all_digits(s, 5) || !all_digits(s + 7, 8))
        return false;
    int month = num(s + 3, 2);
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50))
        return false;
    memcpy(buf, s, 13);
    /* Corsica: 2A and 2B count as 19 and 18 in the key. */
    if (s[5] == '2' && (s[6] == 'A' || s[6] == 'B')) {
        buf[5] = '1';
        buf[6] = s[6] == 'A' ? '9' : '8';
    } else if (!all_digits(s + 5, 2) || num(s + 5, 2) == 0) {
        return false;
    }
    unsigned long long v = 0;
    for (size_t i = 0; i < 13; i++)
        v = v * 10 + (unsigned)(buf[i] - '0');
    int key = num(s + 13, 2);
    return key == (int)(97 - v % 97);
}

/* ISO 13616 registry lengths. */
static const struct {
    char cc[3];
    unsigned char len;
} iban_lengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
    {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
    {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20},
    {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22},
    {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22},
    {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20},
    {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25},
    {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30},
    {"NL", 18}, {"NO", 15}, {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29},
    {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24},
    {"SI", 19}, {"SK", 24}, {"SM", 27}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24},
    {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
};

size_t mm_iban_length(const char *cc)
{
    for (size_t i = 0; i < sizeof iban_lengths / sizeof *iban_lengths; i++)
        if (cc[0] == iban_lengths[i].cc[0] && cc[1] == iban_lengths[i].cc[1])
            return iban_lengths[i].len;
    return 0;
}

bool mm_valid_iban(const char *s, size_t n)
{
    if (n < 15 || n > 34 || mm_iban_length(s) != n)
        return false;
    if (s[2] < '0' || s[2] > '9' || s[3] < '0' || s[3] > '9')
        return false;
    unsigned rem = 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[(k + 4) % n]; /* country and check digits go last */
        if (c >= '0' && c <= '9')
            rem = (rem * 10 + (unsigned)(c - '0')) % 97;
        else if (c >= 'A' && c <= 'Z')
            rem = (rem * 100 + (unsigned)(c - 'A' + 10)) % 97;
        else
            return false;
    }
    return rem == 1;
}

bool mm_valid_rpps(const char *d, size_t n)
{
    return n == 11 && mm_valid_luhn(d, n);
}

bool mm_valid_card(const char *d, size_t n)
{
    if (n < 13 || n > 19 || !mm_valid_luhn(d, n))
        return false;
    int p2 = (d[0] - '0') * 10 + (d[1] - '0');
    switch (d[0]) {
    case '4': /* Visa */
        return n == 13 || n == 16 || n == 19;
    case '2': /* Mastercard 2221-2720 */
        return n == 16 && p2 >= 22 && p2 <= 27;
    case '3': /* Amex 34/37; Diners 30/36/38/39; JCB 35 */
        if (p2 == 34 || p2 == 37)
            return n == 15;
        return (p2 == 30 || p2 == 35 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14;
    case '5': /* Mastercard 51-55 (16); Maestro 50, 56-59 */
        return (p2 >= 51 && p2 <= 55) ? n == 16 : n >= 16;
    case '6': /* Discover, UnionPay, Maestro */
        return n >= 16;
    default:
        return false;
    }
}

bool mm_valid_date(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    int max = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        max = 29;
    return d <= max;
}
