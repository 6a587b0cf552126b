/*
 * validate.h - checksum and structure validators for PHI identifiers.
 *
 * Each validator takes the compact form of a candidate (separators already
 * removed: digits only, or upper-case letters and digits where the format
 * has letters) and says whether it is a well-formed identifier. They are
 * what turns a pattern match into a detection: a look-alike that fails its
 * check is not PHI.
 *
 * Threading: pure functions, no state; safe from any thread.
 */
#ifndef MM_VALIDATE_H
#define MM_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

/* Luhn (mod 10) over n decimal digits. */
bool mm_valid_luhn(const char *digits, size_t n);
/* US SSN, 9 digits: area not 000/666/9xx, group not 00, serial not 0000,
 * not one of the published advertising numbers. */
bool mm_valid_ssn(const char *digits, size_t n);
/* US NPI, 10 digits starting 1 or 2, Luhn over "80840" + NPI. */
bool mm_valid_npi(const char *digits, size_t n);
/* US DEA registration: 2 letters (registrant type, then initial or 9)
 * + 7 digits, (d1+d3+d5) + 2(d2+d4+d6) = d7 mod 10. */
bool mm_valid_dea(const char *s, size_t n);
/* US Medicare Beneficiary Identifier, 11 chars, positional rules, no
 * S L O I B Z. */
bool mm_valid_mbi(const char *s, size_t n);
/* NANP number, 10 digits: area and exchange start 2-9. */
bool mm_valid_nanp(const char *digits, size_t n);
/* French national number without the leading 0 (9 digits, first 1-9). */
bool mm_valid_fr_phone(const char *digits, size_t n);
/* French NIR/NIA, 15 chars (13 + key), department may be 2A/2B. */
bool mm_valid_nir(const char *s, size_t n);
/* IBAN, compact upper case: known country, its length, mod 97 = 1. */
bool mm_valid_iban(const char *s, size_t n);
/* Length of a country's IBAN, 0 when the country has none. */
size_t mm_iban_length(const char *country2);
/* French RPPS, 11 digits, Luhn. */
bool mm_valid_rpps(const char *digits, size_t n);
/* Payment card: Luhn, and a length its issuer prefix (2-6) uses. */
bool mm_valid_card(const char *digits, size_t n);
/* Calendar date check (Gregorian). */
bool mm_valid_date(int y, int m, int d);

#endif
