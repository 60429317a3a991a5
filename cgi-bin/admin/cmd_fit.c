/*
 * payband-admin fit: fit the pay model on the survey microdata in the database and store it.  Its options here;
 * the sample, columns and design in fit_data.c; the arithmetic in core/fit.c; storing the terms in fit_store.c.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "admin/admin.h"
#include "admin/fit_data.h"
#include "core/fit.h"
#include "lib/num.h"
#include "lib/util.h"

/* Candidate penalties: per unit of a standardized column. */
static const double lambdas[] = { 0.001, 0.003, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 3 };

int
cmd_fit(PGconn *conn, int argc, char **argv)
{
	struct sample		 s;
	struct layout		 l;
	struct design_mem	 m;
	struct fit_design	 d;
	struct fit_options	 o;
	struct fit_result	 r;
	double			*ref_share, ref_years;
	int			 i, rc = 1;

	memset(&o, 0, sizeof(o));
	o.folds = 5;
	o.nboot = 200;
	o.seed = 2023;
	o.lambdas = lambdas;
	o.nlambdas = sizeof(lambdas) / sizeof(lambdas[0]);
	for (i = 0; i < argc; i++) {
		unsigned long long v;

		if (i + 1 >= argc) {
			fprintf(stderr, "payband-admin: fit: %s needs a value\n", argv[i]);
			return 2;
		}
		if (num_parse(argv[i + 1], 10, 0, 100000, &v) != NUM_OK) {
			fprintf(stderr, "payband-admin: fit: %s: not a number\n", argv[i]);
			return 2;
		}
		if (strcmp(argv[i], "--folds") == 0 && v >= 2 && v <= 20)
			o.folds = v;
		else if (strcmp(argv[i], "--boot") == 0 && v >= 20 && v <= 10000)
			o.nboot = v;
		else if (strcmp(argv[i], "--seed") == 0)
			o.seed = v;
		else {
			fprintf(stderr, "payband-admin: fit: unknown option or value out of range: %s %s\n",
			    argv[i], argv[i + 1]);
			return 2;
		}
		i++;
	}

	if (sample_read(conn, &s) == -1)
		return 1;
	if (s.n == 0) {
		fprintf(stderr, "payband-admin: fit: no survey respondents in the database\n");
		sample_free(&s);
		return 1;
	}
	layout_build(&s, &l);
	design_build(&s, &l, &d, &m);
	ref_share = xcalloc(s.dev_types.n + 1, sizeof(double));
	ref_years = reference(conn, &s, ref_share);
	printf("fitting log pay of %zu respondents on %zu columns (%zu-fold, %zu resamples, seed %lu)\n",
	    s.n, l.p, o.folds, o.nboot, o.seed);
	fflush(stdout);
	if (fit_run(&d, &o, &r) == -1) {
		fprintf(stderr, "payband-admin: fit: the fit failed (singular system or bad input)\n");
		goto out;
	}
	printf("penalty %g; held-out median absolute error of log pay %.4f (baseline, role x experience: %.4f);"
	    " middle-half range holds %.1f %% of held-out people, 80 %% range %.1f %%\n",
	    r.lambda, r.mae, r.mae_baseline, 100 * r.coverage50, 100 * r.coverage80);
	if (store(conn, &s, &l, &r, &o, ref_years, ref_share) == 0)
		rc = 0;
	fit_result_free(&r);
out:
	free(ref_share);
	design_free(&m);
	layout_free(&l);
	sample_free(&s);
	return rc;
}

