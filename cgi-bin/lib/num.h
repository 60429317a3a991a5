/* Number parsing, the one implementation: whole numbers and whole dollars from text, with every check. */
#ifndef PAYBAND_NUM_H
#define PAYBAND_NUM_H

enum num_status {
	NUM_OK,
	NUM_NOT_NUMBER,	/* empty, a sign, a blank, or a character that is not a digit of the base */
	NUM_RANGE	/* a number, but below min, above max, or too large for any */
};

/* A whole number: digits of base (2 to 10) only, no sign, no blanks, no overflow, within [min, max]. */
enum num_status	 num_parse(const char *s, unsigned base, unsigned long long min, unsigned long long max,
		    unsigned long long *out);
/* Whole dollars: "120000", "120,000" or "$120,000" (commas group by three), within [min, max]; no blanks. */
enum num_status	 num_parse_dollars(const char *s, unsigned long long min, unsigned long long max,
		    unsigned long long *out);

#endif
