/*
 * The program's SQL, grouped by concern: each named, prepared statement with the migration (sql/migrations/)
 * that defines the view or function it reads.  payband-admin's SQL is in admin/sql.h.
 */
#include "config.h"

#include <libpq-fe.h>

#include "data/db.h"
#include "data/db_int.h"

/* The columns of a premium row, for the per-cell and the bulk statements alike. */
#define PREMIUM_COLUMNS "kind, slug, name, point_pct, low_pct, high_pct, n, clear, basis, publisher, vintage," \
	" top_decile_with_slug, top_decile_with_name, learnable, origin, used, category, suggest"

const struct stmt_def stmts[ST__MAX] = {
	{ "ping", 0, "SELECT 1" },
	/* ---- reference lists */
	/* v_roles: 009_contract_views.sql */
	{ "roles", 0, "SELECT slug, title, soc_code, kind FROM v_roles ORDER BY title" },
	/* v_regions: 009_contract_views.sql */
	{ "regions", 0, "SELECT slug, name, kind, parent_slug FROM v_regions ORDER BY sort_key" },
	/* v_skills: 016_role_skills.sql */
	{ "skills", 0, "SELECT slug, name, category FROM v_skills ORDER BY category, name" },
	/* v_certifications: 016_role_skills.sql */
	{ "certifications", 0,
	  "SELECT slug, name, issuer FROM v_certifications ORDER BY name" },
	/* ---- contributions */
	/* submit_contribution: 019_contributions.sql */
	{ "submit", 13,
	  "SELECT id, status, duplicate, rate_limited FROM submit_contribution($1::uuid, $2, $3,"
	  " $4::int, $5::int, $6::int, $7::int, $8, $9::text[], $10::text[], $11::bytea, $12::int,"
	  " $13::interval)" },
	/* contribution_receipt: 030_contribution_counts.sql */
	{ "receipt", 1,
	  "SELECT role_slug, role_title, region_slug, region_name, status, count_before, count_after"
	  " FROM contribution_receipt($1::bigint)" },
	/* crowd_figures: 031_crowd_privacy.sql */
	{ "crowd", 2,
	  "SELECT NULL, NULL, n, published_points, median, p25, p75, p10, p90, median_rounded_to,"
	  " median_from, quartiles_from FROM crowd_figures($1, $2)" },
	/* ---- the reference snapshot (refdata.c), in bulk: every row has the role and region slugs first (NULL: no key, or "any") */
	/* v_figures: 042_report_figures_one_chain.sql */
	{ "load_figures", 0,
	  "SELECT role_slug, region_slug, rank, publisher, source_title, source_url, license, vintage,"
	  " mean, median, p10, p25, p75, p90, employment, location_quotient, jobs_per_1000,"
	  " data_points, projection, projection_method, derivation, occupation_title, soc_code,"
	  " employment_publisher, employment_source_title, employment_vintage, employment_citation,"
	  " nullif(array_to_string(topcoded, ','), ''), topcoded_at_least, caution"
	  " FROM v_figures ORDER BY role_slug, region_slug, rank" },
	/* skill_premiums: 022_pay_model.sql */
	{ "load_fitted_premiums", 0,
	  "SELECT NULL, NULL, " PREMIUM_COLUMNS " FROM skill_premiums('', '') WHERE origin = 'survey'"
	  " ORDER BY kind DESC, point_pct DESC, slug" },
	/* v_published_premiums: 070_bulk_reads.sql */
	{ "load_published_premiums", 0,
	  "SELECT role_slug, region_slug, " PREMIUM_COLUMNS " FROM v_published_premiums"
	  " ORDER BY role_slug, region_slug, kind DESC, point_pct DESC, slug" },
	/* v_narratives: 070_bulk_reads.sql */
	{ "load_narratives", 0,
	  "SELECT role_slug, region_slug, section, position, body FROM v_narratives"
	  " ORDER BY section, position" },
	/* role_required_skills: 009_contract_views.sql */
	{ "load_required_skills", 0,
	  "SELECT r.slug, NULL, x.slug, x.name, x.category, x.share_pct, x.n"
	  " FROM v_roles r CROSS JOIN LATERAL role_required_skills(r.slug) x"
	  " WHERE x.rank <= 12 ORDER BY r.slug, x.rank" },
	/* role_skills: 016_role_skills.sql */
	{ "load_role_skills", 0,
	  "SELECT r.slug, NULL, x.slug, x.name, x.category, x.share_pct, x.rank"
	  " FROM v_roles r CROSS JOIN LATERAL role_skills(r.slug) x ORDER BY r.slug, x.category, x.rank" },
	/* v_estimate_bases: 070_bulk_reads.sql */
	{ "load_bases", 0,
	  "SELECT role_slug, requested_region_slug, region_slug, region_name, fallback, mean, median, p10,"
	  " p25, p75, p90, projection, shape_note, publisher, vintage, source_title, derivation,"
	  " projection_pct, projection_method, occupation_title, soc_code"
	  " FROM v_estimate_bases ORDER BY role_slug, requested_region_slug" },
	/* v_official_vs_survey: 070_bulk_reads.sql */
	{ "load_official", 0,
	  "SELECT role_slug, region_slug, bls_region_name, soc_code, occupation_title, bls_vintage,"
	  " bls_mean, bls_median, survey_dev_type, survey_n, survey_p25, survey_median, survey_p75"
	  " FROM v_official_vs_survey ORDER BY role_slug, region_slug" },
	/* model_role: 022_pay_model.sql */
	{ "load_levels", 0,
	  "SELECT r.slug, NULL, m.anchor_soc_code, m.anchor_title, m.dev_type, m.level_coef, m.level_low,"
	  " m.level_high, m.level_n, m.ref_years"
	  " FROM v_roles r CROSS JOIN LATERAL model_role(r.slug, 0) m ORDER BY r.slug" },
	/* model_experience_curve: 022_pay_model.sql */
	{ "load_experience", 0,
	  "SELECT NULL, NULL, years, coef, low, high, n FROM model_experience_curve() ORDER BY years" },
	/* model_summary: 022_pay_model.sql */
	{ "load_fit", 0,
	  "SELECT NULL, NULL, to_char(fitted_at, 'YYYY-MM-DD'), vintage, publisher, sample, n, columns,"
	  " lambda, folds, boot, mae_log, mae_log_baseline, coverage50, coverage80, resid_q10, resid_q25,"
	  " resid_q75, resid_q90, ref_years FROM model_summary()" },
	/* v_price_parity: 034_cbsa_crosswalk.sql */
	{ "load_parities", 0,
	  "SELECT NULL, region_slug, rpp, year, publisher, area_name FROM v_price_parity"
	  " ORDER BY region_slug" },
	/* v_crowd_figures: 070_bulk_reads.sql */
	{ "load_crowd", 0,
	  "SELECT role_slug, region_slug, n, published_points, median, p25, p75, p10, p90,"
	  " median_rounded_to, median_from, quartiles_from FROM v_crowd_figures"
	  " ORDER BY role_slug, region_slug" },
	/* crowd_figures: 031_crowd_privacy.sql */
	{ "load_crowd_empty", 0,
	  "SELECT NULL, NULL, n, published_points, median, p25, p75, p10, p90, median_rounded_to,"
	  " median_from, quartiles_from FROM crowd_figures('', '')" },
};
