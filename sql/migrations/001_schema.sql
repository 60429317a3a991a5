-- 001: schema: tables, constraints, indexes and comments for payband's market data.
--
-- Conventions: money is whole US dollars (integer); NULL means "not published"
-- (never 0); every figure row points at the source it comes from (sources).

-- Slugs appear in URLs and in the program's prepared statements: keep them to
-- lower-case words joined by single hyphens.
create domain slug as text
    check (value ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
comment on domain slug is 'URL-safe identifier: lower-case ASCII words joined by single hyphens.';

create table sources (
    id          integer generated always as identity primary key,
    slug        slug not null unique,
    publisher   text not null,
    title       text not null,
    citation    text not null,
    url         text,
    license     text not null,
    vintage     text not null,
    as_of       date,
    notes       text
);
comment on table sources is 'Where each number comes from. One row per publication/vintage.';
comment on column sources.citation is 'Short form used inside derivation sentences, e.g. ''BLS OEWS, May 2025''.';
comment on column sources.vintage is 'Vintage as shown to people, e.g. ''May 2025'', ''April 2026''.';
comment on column sources.as_of is 'First day of the period the vintage names (month or year precision).';

create table occupations (
    soc_code    text primary key check (soc_code ~ '^[0-9]{2}-[0-9]{4}$'),
    title       text not null
);
comment on table occupations is 'BLS 2018 SOC detailed occupations with their OEWS titles (latest year).';

create table roles (
    id              integer generated always as identity primary key,
    slug            slug not null unique,
    title           text not null,
    soc_code        text not null references occupations,
    kind            text not null check (kind in ('developer', 'occupation')),
    survey_dev_type text unique,
    description     text,
    -- a developer role is defined by its survey developer type
    check (kind <> 'developer' or survey_dev_type is not null)
);
comment on table roles is 'Roles a report can be asked for: BLS occupations, and survey developer roles mapped to an occupation.';
comment on column roles.soc_code is 'The BLS occupation whose figures stand in for (or are) this role.';
comment on column roles.survey_dev_type is 'Stack Overflow Developer Survey 2023 DevType answer this role maps to (drives required skills and skill premiums).';
create index roles_soc_code_idx on roles (soc_code);

create table regions (
    id          integer generated always as identity primary key,
    slug        slug not null unique,
    name        text not null,
    kind        text not null check (kind in ('nation', 'state', 'metro')),
    parent_id   integer references regions,
    postal_code text check (postal_code ~ '^[A-Z]{2}$'),
    fips        text check (fips ~ '^[0-9]+$'),
    sort_key    integer not null unique,
    -- only the nation is a root
    check ((kind = 'nation') = (parent_id is null)),
    check (kind <> 'state' or (postal_code is not null and fips ~ '^[0-9]{2}$'))
);
comment on table regions is 'Geography: the nation, states (50 + DC), later metro areas.';
comment on column regions.fips is 'State FIPS code (2 digits); for metros later the CBSA code.';
comment on column regions.sort_key is 'Display order: the nation first, then states by name.';
create unique index regions_state_postal_code_key on regions (postal_code) where kind = 'state';
create index regions_parent_id_idx on regions (parent_id);

create table skills (
    id              integer generated always as identity primary key,
    slug            slug not null unique,
    name            text not null,
    category        text not null,
    survey_category text check (survey_category in ('language', 'webframe', 'platform', 'database', 'tools', 'misc_tech')),
    survey_name     text,
    unique (survey_category, survey_name),
    check ((survey_category is null) = (survey_name is null))
);
comment on table skills is 'Technologies: the Stack Overflow 2023 options, plus combined skills named by the reference report.';
comment on column skills.survey_name is 'Exact Stack Overflow option text. For a combined skill (react-nextjs) the option texts joined by ''; '' (never matches a single answer; survey options cannot contain '';'').';

create table certifications (
    id      integer generated always as identity primary key,
    slug    slug not null unique,
    name    text not null,
    issuer  text not null
);
comment on table certifications is 'Certifications that have pay data (only those).';

-- BLS OEWS estimates as published, one row per occupation x area x year. The
-- report figures (market_figures) are built from these.
create table oews_wages (
    soc_code            text not null references occupations,
    region_id           integer not null references regions,
    year                smallint not null check (year between 1997 and 2100),
    source_id           integer not null references sources,
    employment          integer check (employment >= 0),
    emp_prse            numeric(5,1) check (emp_prse >= 0),
    jobs_per_1000       numeric(8,3) check (jobs_per_1000 >= 0),
    location_quotient   numeric(6,2) check (location_quotient >= 0),
    h_mean              numeric(8,2) check (h_mean >= 0),
    h_median            numeric(8,2) check (h_median >= 0),
    a_mean              integer check (a_mean >= 0),
    mean_prse           numeric(5,1) check (mean_prse >= 0),
    a_pct10             integer check (a_pct10 >= 0),
    a_pct25             integer check (a_pct25 >= 0),
    a_median            integer check (a_median >= 0),
    a_pct75             integer check (a_pct75 >= 0),
    a_pct90             integer check (a_pct90 >= 0),
    annual_only         boolean,
    hourly_only         boolean,
    topcoded_fields     text,
    primary key (soc_code, region_id, year),
    check (a_pct10 <= a_pct25 and a_pct25 <= a_median and a_median <= a_pct75 and a_pct75 <= a_pct90
           or num_nulls(a_pct10, a_pct25, a_median, a_pct75, a_pct90) > 0)
);
comment on table oews_wages is 'BLS OEWS estimates copied from sql/data/oews_national.csv and oews_state_tech.csv (empty cell = NULL = not published or top-coded).';
comment on column oews_wages.topcoded_fields is 'National file only: columns BLS printed as # (>= $239,200/year in May 2024).';
create index oews_wages_region_id_idx on oews_wages (region_id);

create table market_figures (
    id                  bigint generated always as identity primary key,
    role_id             integer not null references roles,
    region_id           integer not null references regions,
    source_id           integer not null references sources,
    rank                smallint not null check (rank > 0),
    mean                integer check (mean >= 0),
    median              integer check (median >= 0),
    p10                 integer check (p10 >= 0),
    p25                 integer check (p25 >= 0),
    p75                 integer check (p75 >= 0),
    p90                 integer check (p90 >= 0),
    employment          integer check (employment >= 0),
    location_quotient   numeric(6,2) check (location_quotient >= 0),
    jobs_per_1000       numeric(8,3) check (jobs_per_1000 >= 0),
    data_points         integer check (data_points > 0),
    as_of               date not null,
    projection          integer check (projection >= 0),
    projection_method   text,
    derivation          text,
    unique (role_id, region_id, rank),
    -- a projection always says how it was made, and a method never stands alone
    check ((projection is null) = (projection_method is null)),
    -- percentiles ordered wherever both neighbours are published
    check (p10 <= p25 or p10 is null or p25 is null),
    check (p25 <= median or p25 is null or median is null),
    check (median <= p75 or median is null or p75 is null),
    check (p75 <= p90 or p75 is null or p90 is null),
    check (p10 <= p25 and p25 <= median and median <= p75 and p75 <= p90
           or num_nulls(p10, p25, median, p75, p90) > 0)
);
comment on table market_figures is 'The figures a report shows for a role x region; rank 1 = the primary figure, further ranks = other sources/vintages.';
comment on column market_figures.derivation is 'How the figure was derived when the source does not publish it for this role x region; NULL when published directly.';
comment on column market_figures.data_points is 'Only where the source counts its data points (the reference report: 1368).';
create index market_figures_region_id_idx on market_figures (region_id);
create index market_figures_source_id_idx on market_figures (source_id);

create table premiums (
    id                      integer generated always as identity primary key,
    role_id                 integer not null references roles,
    region_id               integer references regions,
    kind                    text not null check (kind in ('skill', 'certification')),
    skill_id                integer references skills,
    certification_id        integer references certifications,
    low_pct                 numeric(5,1) not null,
    high_pct                numeric(5,1) not null,
    top_decile_with_skill_id integer references skills,
    basis                   text not null,
    n                       integer check (n > 0),
    source_id               integer not null references sources,
    rank                    smallint not null check (rank > 0),
    check (low_pct <= high_pct),
    check ((kind = 'skill') = (skill_id is not null)),
    check ((kind = 'certification') = (certification_id is not null)),
    unique nulls not distinct (role_id, region_id, kind, rank)
);
comment on table premiums is 'Pay premiums for skills/certifications. region_id NULL = national (applies to every region without its own rows).';
comment on column premiums.top_decile_with_skill_id is 'The skill that, combined with this one, the source says reaches the top decile of pay.';
comment on column premiums.n is 'Number of people behind the figure (survey users of the skill); NULL where the source does not say.';
create index premiums_region_id_idx on premiums (region_id);

create table narratives (
    id          integer generated always as identity primary key,
    role_id     integer references roles,
    region_id   integer references regions,
    section     text not null check (section in ('overview', 'demand', 'growth_catalyst', 'career_moat', 'skill_premium',
                                                 'required_skills_intro', 'ai_impact', 'negotiation', 'checklist')),
    position    smallint not null check (position > 0),
    body        text not null check (body <> '' and body !~ '<[a-zA-Z/]'),
    source_id   integer references sources,
    unique nulls not distinct (role_id, region_id, section, position)
);
comment on table narratives is 'Report text with {placeholders}. NULL role/region = applies to any; the most specific match per section wins.';
comment on column narratives.body is 'Plain text (no HTML); may contain **bold**, *emphasis* and {placeholders} filled by the program.';
comment on column narratives.source_id is 'Source the wording comes from; NULL = payband''s own neutral text.';
create index narratives_region_id_idx on narratives (region_id);

create table role_required_skills (
    role_id     integer not null references roles,
    skill_id    integer not null references skills,
    share_pct   numeric(4,1) not null check (share_pct between 0 and 100),
    n           integer not null check (n > 0),
    rank        smallint not null check (rank > 0),
    primary key (role_id, skill_id),
    unique (role_id, rank)
);
comment on table role_required_skills is 'Technologies most used by the role''s survey developer type (computed from survey_respondent_skills at load time).';
comment on column role_required_skills.share_pct is 'Users of the skill / respondents of that developer type x 100.';
comment on column role_required_skills.n is 'Respondents of that developer type.';
create index role_required_skills_skill_id_idx on role_required_skills (skill_id);

create table bea_rpp (
    region_id   integer not null references regions,
    year        smallint not null check (year between 2008 and 2100),
    category    text not null check (category in ('all_items', 'goods', 'housing', 'utilities', 'other_services')),
    rpp         numeric(7,3) not null check (rpp > 0),
    source_id   integer not null references sources,
    primary key (region_id, year, category)
);
comment on table bea_rpp is 'BEA Regional Price Parities (U.S. = 100) by state and year.';

-- Survey microdata, loaded unchanged for later model work. Not exposed to the web role.
create table survey_respondents (
    respondent_id   integer primary key,
    survey_year     smallint not null,
    country         text not null,
    dev_type        text,
    employment      text,
    remote_work     text,
    ed_level        text,
    org_size        text,
    age             text,
    years_code      numeric(4,1) check (years_code >= 0),
    years_code_pro  numeric(4,1) check (years_code_pro >= 0),
    work_exp        numeric(4,1) check (work_exp >= 0),
    ic_or_pm        text,
    industry        text,
    annual_comp_usd integer not null check (annual_comp_usd between 10000 and 1000000)
);
comment on table survey_respondents is 'Stack Overflow Developer Survey 2023, U.S. respondents paid in USD (ODbL 1.0). respondent_id is not Stack Overflow''s ResponseId.';
comment on column survey_respondents.employment is 'Stack Overflow answers, ''; ''-separated as in the survey.';
create index survey_respondents_dev_type_idx on survey_respondents (dev_type);

create table survey_respondent_skills (
    respondent_id   integer not null references survey_respondents,
    skill_id        integer not null references skills,
    primary key (respondent_id, skill_id)
);
comment on table survey_respondent_skills is 'One row per respondent x technology worked with in the past year.';
create index survey_respondent_skills_skill_id_idx on survey_respondent_skills (skill_id);

create table survey_skill_comp_summary (
    skill_id                            integer primary key references skills,
    survey_year                         smallint not null,
    n_with                              integer not null check (n_with > 0),
    comp_p25_with                       integer,
    comp_median_with                    integer,
    comp_p75_with                       integer,
    n_without                           integer not null check (n_without > 0),
    comp_median_without                 integer,
    raw_median_diff_pct                 numeric(6,1),
    exp_band_adjusted_median_diff_pct   numeric(6,1)
);
comment on table survey_skill_comp_summary is 'Pay of full-time users vs non-users of each technology (descriptive, not causal), from so_survey_2023_us_skill_comp_summary.csv.';

create table survey_comp_by_experience (
    survey_year         smallint not null,
    dev_type            text not null,
    years_code_pro_band text not null check (years_code_pro_band in ('0-2', '3-5', '6-10', '11-20', '21+', 'all')),
    n                   integer not null check (n >= 10),
    comp_p10            integer,
    comp_p25            integer,
    comp_median         integer,
    comp_p75            integer,
    comp_p90            integer,
    primary key (survey_year, dev_type, years_code_pro_band)
);
comment on table survey_comp_by_experience is 'Pay percentiles of full-time respondents by developer type x years of professional coding (ready-made from the survey file).';
