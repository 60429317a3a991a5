/*
 * payband-admin's SQL, all of it: each statement with the migration that defines what it reads or calls.
 * The web program's statements are in data/db.c.
 */
#ifndef PAYBAND_ADMIN_SQL_H
#define PAYBAND_ADMIN_SQL_H

/* contributions, roles, regions: 001_schema.sql, 019_contributions.sql */
#define CONTRIBUTION_FROM \
	" FROM contributions c JOIN roles r ON r.id = c.role_id JOIN regions g ON g.id = c.region_id"
#define UTC_TIME(col)	"to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"')"

/* payband-admin held */
#define SQL_HELD \
	"SELECT c.id, " UTC_TIME("c.created_at") ", r.slug, g.slug, c.years, c.base_salary, c.bonus," \
	" c.equity, c.employment_type, c.hold_reason" CONTRIBUTION_FROM \
	" WHERE c.status = 'held' ORDER BY c.id"

/* payband-admin recent N: $1 the count */
#define SQL_RECENT \
	"SELECT c.id, " UTC_TIME("c.created_at") ", c.status, r.slug, g.slug, c.years, c.base_salary," \
	" c.bonus, c.equity, c.employment_type, c.source, c.hold_reason" CONTRIBUTION_FROM \
	" ORDER BY c.id DESC LIMIT $1::int"

/* payband-admin show: $1 the id; skills and certifications of contributions: 019_contributions.sql */
#define SQL_SHOW \
	"SELECT c.id, " UTC_TIME("c.created_at") ", c.status, r.slug, g.slug, c.years, c.base_salary," \
	" c.bonus, c.equity, c.employment_type, c.source, c.hold_reason, c.total_comp," \
	" " UTC_TIME("c.reviewed_at") ", r.title, g.name," \
	" (SELECT string_agg(s.slug, ' ' ORDER BY s.slug) FROM contribution_skills cs" \
	"  JOIN skills s ON s.id = cs.skill_id WHERE cs.contribution_id = c.id)," \
	" (SELECT string_agg(k.slug, ' ' ORDER BY k.slug) FROM contribution_certifications cc" \
	"  JOIN certifications k ON k.id = cc.certification_id WHERE cc.contribution_id = c.id)" \
	CONTRIBUTION_FROM " WHERE c.id = $1::bigint"

/* payband-admin accept / reject: $1 the id, $2 the new status; contribution_review: 019_contributions.sql */
#define SQL_REVIEW \
	"SELECT previous_status, status FROM contribution_review($1::bigint, $2)"

/* payband-admin export: v_crowd_export, 031_crowd_privacy.sql */
#define SQL_EXPORT \
	"SELECT role_slug, region_slug, n, median, p25, p75, p10, p90, median_rounded_to" \
	" FROM v_crowd_export" \
	" ORDER BY role_slug, region_slug"

/* payband-admin import: the reference lists (001_schema.sql, 002_reference_lists.sql) */
#define SQL_ROLE_SLUGS		"SELECT slug FROM roles"
#define SQL_REGION_SLUGS	"SELECT slug FROM regions"
#define SQL_SKILL_SLUGS		"SELECT slug FROM skills"
#define SQL_CERT_SLUGS		"SELECT slug FROM certifications"
/* the file's digest: $1 the file as bytea */
#define SQL_FILE_DIGEST		"SELECT md5($1)"
/* one line: import_contribution, 019_contributions.sql; its key md5(file digest ':' line number) */
#define SQL_IMPORT_LINE \
	"SELECT id, status, duplicate FROM import_contribution(md5($1::text || ':' || $2::text)::uuid," \
	" $3, $4, $5::int, $6::int, $7::int, $8::int, $9, $10::text[], $11::text[])"

/* ---- payband-admin fit: the survey (005_survey.sql), the model's tables (022_pay_model.sql) */
#define SQL_FIT_SAMPLE \
	"select r.years_code_pro::float8, coalesce(r.dev_type, '(no answer)'), coalesce(r.org_size, '(no answer)')," \
	" coalesce(r.industry, '(no answer)'), coalesce(r.remote_work, '(no answer)'), r.annual_comp_usd," \
	" coalesce(string_agg(k.skill_id::text, ',' order by k.skill_id), '')" \
	" from survey_respondents r left join survey_respondent_skills k using (respondent_id)" \
	" where 'Employed, full-time' = any (string_to_array(r.employment, ';')) and r.years_code_pro is not null" \
	" group by r.respondent_id order by r.respondent_id"
#define SQL_FIT_REFERENCE_TYPES	"select dev_type from level_reference_dev_types"
/* $1..$15: n, columns, lambda, folds, boot, seed, mae_log, mae_log_baseline, coverage50/80, residual quantiles, ref_years */
#define SQL_FIT_INSERT \
	"insert into model_fits (source_id, sample, n, columns, lambda, folds, boot, seed, mae_log," \
	" mae_log_baseline, coverage50, coverage80, resid_q10, resid_q25, resid_q75, resid_q90, ref_years)" \
	" select id, 'U.S. respondents employed full-time who gave their years of professional coding'," \
	" $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15" \
	" from sources where slug = 'so-survey-2023' returning id"
#define SQL_FIT_TERM \
	"insert into model_terms (fit_id, kind, key, role_id, skill_id, coef, low, high, n)" \
	" values ($1, $2, $3, (select id from roles where slug = $4), $5, $6, $7, $8, $9)"
#define SQL_FIT_DEV_ROLES	"select slug from roles where kind = 'developer' and survey_dev_type = $1"
#define SQL_FIT_REACT_NEXTJS	"select id, slug from skills where slug in ('react', 'nextjs')"
#define SQL_FIT_COMBINED_SKILL	"select id from skills where slug = 'react-nextjs'"
/* running payband processes load the new model at commit */
#define SQL_FIT_NOTIFY		"NOTIFY payband_reload"

#endif
