-- 022: the fitted pay model: its tables (filled by `payband-admin fit`), which skills can be learned, the reference
-- group that ties developer types to an official level, and the functions the web program reads them through.
--
-- The model is fitted in C (GSL) by `payband-admin fit`, not here: a migration only prepares its tables. Until a
-- fit is stored the web program says the estimate is unavailable. docs/model.md describes the fit.

-- Skills a person can choose to learn (languages, frameworks, platforms, databases, infrastructure tools), as
-- opposed to tools that come with an employer's setup: package managers, build systems, compilers and C++ unit-test
-- libraries. "What to learn next" lists learnable skills only; every skill keeps its figure.
alter table skills add column learnable boolean not null default true;
comment on column skills.learnable is 'False for tools that come with an employer''s setup (package managers, build systems, compilers, test libraries): never suggested as something to learn.';
update skills set learnable = false
where slug in ('apt', 'ant', 'boost-test', 'cmake', 'cute', 'cargo', 'catch2', 'chocolatey', 'composer', 'elfspy',
               'gcc', 'google-test', 'gradle', 'homebrew', 'clang', 'msbuild', 'msvc', 'make', 'maven', 'meson',
               'ninja', 'nuget', 'pacman', 'pip', 'qmake', 'scons', 'visual-studio-solution', 'bandit', 'build2',
               'cppunit', 'doctest', 'lest', 'npm', 'pnpm', 'snitch', 'tunit', 'yarn', 'webpack', 'vite', 'bun');
do $$
begin
    if (select count(*) from skills where not learnable) <> 40 then
        raise exception 'learnable: expected 40 employer-setup tools, got %', (select count(*) from skills where not learnable);
    end if;
end $$;

-- The developer types whose pay the survey compares every other type with. They are the types whose work BLS
-- counts as Software Developers (15-1252): the occupation's median fixes their level, and the survey measures the
-- others against them (docs/model.md argues the choice).
create table level_reference_dev_types (
    dev_type    text primary key
);
comment on table level_reference_dev_types is 'Survey developer types that together stand for BLS Software Developers (15-1252): the level every developer role is measured against.';
insert into level_reference_dev_types (dev_type) values
    ('Developer, back-end'), ('Developer, full-stack'), ('Developer, front-end'), ('Developer, mobile'),
    ('Developer, desktop or enterprise applications'), ('Developer, embedded applications or devices'),
    ('Developer, game or graphics');

-- The occupation whose official figures a role starts from: a developer role starts from Software Developers
-- (15-1252) and its survey level; an occupation role from its own BLS figures.
alter table roles add column anchor_soc_code text references occupations;
update roles set anchor_soc_code = case when kind = 'developer' then '15-1252' else soc_code end;
alter table roles alter column anchor_soc_code set not null;
-- A role added later without one gets the rule above.
create function roles_anchor_default() returns trigger
language plpgsql as $$
begin
    if new.anchor_soc_code is null then
        new.anchor_soc_code := case when new.kind = 'developer' then '15-1252' else new.soc_code end;
    end if;
    return new;
end $$;
create trigger roles_anchor_default before insert on roles
    for each row execute function roles_anchor_default();
comment on column roles.anchor_soc_code is 'Occupation whose BLS figures the estimate starts from (developer roles: 15-1252, scaled by the role''s survey level).';

create table model_fits (
    id              integer generated always as identity primary key,
    fitted_at       timestamptz not null default now(),
    source_id       integer not null references sources,
    sample          text not null,
    n               integer not null check (n > 0),
    columns         integer not null check (columns > 0),
    lambda          double precision not null check (lambda > 0),
    folds           smallint not null check (folds >= 2),
    boot            smallint not null check (boot >= 20),
    seed            bigint not null,
    mae_log         double precision not null,
    mae_log_baseline double precision not null,
    coverage50      double precision not null check (coverage50 between 0 and 1),
    coverage80      double precision not null check (coverage80 between 0 and 1),
    resid_q10       double precision not null,
    resid_q25       double precision not null,
    resid_q75       double precision not null,
    resid_q90       double precision not null,
    ref_years       numeric(4,1) not null,
    check (resid_q10 <= resid_q25 and resid_q25 <= resid_q75 and resid_q75 <= resid_q90)
);
comment on table model_fits is 'One row per run of `payband-admin fit`: the sample, the penalty, held-out validation. The newest row is the model in use.';
comment on column model_fits.mae_log is 'Median absolute error of log pay for people held out of the fit (k-fold).';
comment on column model_fits.mae_log_baseline is 'The same for the median of the person''s developer type x experience band (training folds).';
comment on column model_fits.coverage50 is 'Share of held-out people whose pay lies inside their middle-half range (should be 0.50).';
comment on column model_fits.resid_q25 is 'Quantiles of out-of-fold log residuals (controls at their mean): the range around an estimate.';
comment on column model_fits.ref_years is 'Median years of professional coding of the reference developer types: experience factor 1 there.';

create table model_terms (
    fit_id      integer not null references model_fits on delete cascade,
    kind        text not null check (kind in ('experience', 'role', 'skill', 'dev_type', 'org_size', 'industry',
                                              'remote_work')),
    key         text not null,
    role_id     integer references roles,
    skill_id    integer references skills,
    coef        double precision not null,
    low         double precision not null,
    high        double precision not null,
    n           integer not null check (n >= 0),
    primary key (fit_id, kind, key),
    check (low <= high),
    check ((kind = 'role') = (role_id is not null)),
    check ((kind = 'skill') = (skill_id is not null))
);
comment on table model_terms is 'Fitted effects on log pay with 90 % bootstrap intervals (Stack Overflow Developer Survey 2023, ODbL 1.0). experience: key = years, effect vs the reference experience; role: level vs the reference developer types; skill: users vs comparable non-users.';
create index model_terms_role_id_idx on model_terms (role_id);
create index model_terms_skill_id_idx on model_terms (skill_id);

-- What the web program reads.

-- The model in use: the newest fit. No row until `payband-admin fit` has run.
create function model_summary()
returns table (fitted_at timestamptz, vintage text, publisher text, sample text, n integer, columns integer,
               lambda double precision, folds integer, boot integer, mae_log double precision,
               mae_log_baseline double precision, coverage50 double precision, coverage80 double precision,
               resid_q10 double precision, resid_q25 double precision, resid_q75 double precision,
               resid_q90 double precision, ref_years numeric)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select f.fitted_at, s.vintage, s.publisher, f.sample, f.n, f.columns, f.lambda, f.folds, f.boot, f.mae_log,
           f.mae_log_baseline, f.coverage50, f.coverage80, f.resid_q10, f.resid_q25, f.resid_q75, f.resid_q90,
           f.ref_years
    from model_fits f join sources s on s.id = f.source_id
    order by f.id desc
    limit 1
$$;

-- A role's level, its experience effect at some years, and its anchor occupation, in one row.
create function model_role(role_slug text, p_years integer)
returns table (anchor_soc_code text, anchor_title text, dev_type text, level_coef double precision,
               level_low double precision, level_high double precision, level_n integer,
               exp_coef double precision, exp_low double precision, exp_high double precision,
               ref_years numeric)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    with f as (select id, ref_years from model_fits order by id desc limit 1)
    select r.anchor_soc_code, o.title, r.survey_dev_type, l.coef, l.low, l.high, l.n,
           e.coef, e.low, e.high, f.ref_years
    from roles r
    join occupations o on o.soc_code = r.anchor_soc_code
    cross join f
    left join model_terms l on l.fit_id = f.id and l.kind = 'role' and l.role_id = r.id
    left join lateral (
        select t.coef, t.low, t.high from model_terms t
        where t.fit_id = f.id and t.kind = 'experience' and t.key::integer <= p_years
        order by t.key::integer desc limit 1) e on true
    where r.slug = role_slug
$$;

-- The experience curve of the model in use: one row per year of professional coding.
create function model_experience_curve()
returns table (years integer, coef double precision, low double precision, high double precision, n integer)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select t.key::integer, t.coef, t.low, t.high, t.n
    from model_terms t
    where t.fit_id = (select max(id) from model_fits) and t.kind = 'experience'
    order by t.key::integer
$$;

-- Skill and certification premiums for a role x region: the fitted survey premium of every skill (the same in
-- every cell), and the premiums a source publishes for this cell (the reference report for Backend Developer x
-- United States). `used` says which figure the estimate applies: the survey's for a skill it measures, a
-- published figure only where the survey measures nothing (certifications).
create function skill_premiums(role_slug text, region_slug text)
returns table (kind text, slug text, name text, category text, learnable boolean, origin text,
               point_pct double precision, low_pct double precision, high_pct double precision, n integer,
               clear boolean, used boolean, top_decile_with_slug text, top_decile_with_name text, basis text,
               publisher text, vintage text, suggest boolean)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    with f as (select max(id) as id from model_fits),
    fitted as (
        select 'skill'::text as kind, sk.slug::text, sk.name, sk.category, sk.learnable, 'survey'::text as origin,
               (exp(t.coef) - 1) * 100 as point_pct, (exp(t.low) - 1) * 100 as low_pct,
               (exp(t.high) - 1) * 100 as high_pct, t.n, (t.low > 0 or t.high < 0) as clear, true as used,
               null::text as tw_slug, null::text as tw_name,
               'Fitted: users vs comparable non-users (same developer type, experience, other skills, employer size, '
               || 'industry and remote work); 90 % bootstrap interval.' as basis,
               s.publisher, s.vintage
        from f
        join model_fits mf on mf.id = f.id
        join sources s on s.id = mf.source_id
        join model_terms t on t.fit_id = f.id and t.kind = 'skill'
        join skills sk on sk.id = t.skill_id
    ),
    published as (
        select p.kind, coalesce(sk.slug, ce.slug)::text, coalesce(sk.name, ce.name),
               coalesce(sk.category, 'Certification'), coalesce(sk.learnable, true), 'published'::text,
               ((p.low_pct + p.high_pct) / 2)::double precision, p.low_pct::double precision,
               p.high_pct::double precision, p.n, (p.low_pct > 0 or p.high_pct < 0),
               -- a published figure is used only where the survey has none
               not exists (select 1 from fitted x where x.kind = p.kind and x.slug = coalesce(sk.slug, ce.slug)),
               tw.slug::text, tw.name, p.basis, s.publisher, s.vintage
        from premiums p
        join roles r on r.id = p.role_id
        join regions g on g.id = p.region_id
        join sources s on s.id = p.source_id
        left join skills sk on sk.id = p.skill_id
        left join certifications ce on ce.id = p.certification_id
        left join skills tw on tw.id = p.top_decile_with_skill_id
        where r.slug = role_slug and g.slug = region_slug
    )
    select x.*,
           -- worth suggesting ("what to learn next", the report's list): learnable, used by the estimate, clearly
           -- positive, and measured on at least 100 people (or published: certifications)
           x.used and x.learnable and x.clear and x.point_pct > 0 and (x.origin = 'published' or x.n >= 100)
    from (select * from fitted union all select * from published) x
$$;

revoke execute on function model_summary(), model_role(text, integer), model_experience_curve(),
                           skill_premiums(text, text) from public;
grant execute on function model_summary(), model_role(text, integer), model_experience_curve(),
                          skill_premiums(text, text) to payband_web;

-- The estimate's starting figure: the anchor occupation's figure in the region (developer roles start from
-- Software Developers and add their survey level in the program), with the one-year change of the anchor
-- occupation's national mean. Replaces 017's lookup, which started each developer role from its own mapped
-- occupation.
drop function estimate_base(text, text);
create function estimate_base(role_slug text, requested_slug text)
returns table (requested_region_slug text, region_slug text, region_name text, fallback boolean,
               mean integer, median integer, p10 integer, p25 integer, p75 integer, p90 integer,
               projection integer, shape_note text, publisher text, vintage text, source_title text,
               derivation text, projection_pct double precision, projection_method text,
               occupation_title text, soc_code text)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select q.slug::text, g.slug::text, g.name, b.fallback,
           b.mean, b.median, b.p10, b.p25, b.p75, b.p90, b.projection, b.shape_note,
           s.publisher, s.vintage, s.title, f.derivation,
           round(((cur.a_mean::numeric / prev.a_mean - 1) * 100), 1)::double precision,
           case when cur.a_mean is not null and prev.a_mean is not null then
               format('The national mean wage of %s changed %s%s %% from May 2024 to May 2025 (BLS OEWS); '
                      'the same change is applied to your estimate. This is the latest observed change, not a forecast.',
                      o.title, case when cur.a_mean >= prev.a_mean then '+' else '−' end,
                      to_char(abs(round((cur.a_mean::numeric / prev.a_mean - 1) * 100, 1)), 'FM990.0'))
           end,
           o.title, o.soc_code
    from roles r
    join roles a on a.soc_code = r.anchor_soc_code and a.kind = 'occupation'
    join occupations o on o.soc_code = r.anchor_soc_code
    join estimate_bases b on b.role_id = a.id
    join regions q on q.id = b.region_id
    join regions g on g.id = b.figure_region_id
    join market_figures f on f.id = b.figure_id
    join sources s on s.id = f.source_id
    left join (oews_wages cur join sources cs on cs.id = cur.source_id and cs.slug = 'bls-oews-2025'
               join regions cg on cg.id = cur.region_id and cg.slug = 'us')
           on cur.soc_code = r.anchor_soc_code
    left join (oews_wages prev join sources ps on ps.id = prev.source_id and ps.slug = 'bls-oews-2024'
               join regions pg on pg.id = prev.region_id and pg.slug = 'us')
           on prev.soc_code = r.anchor_soc_code
    where r.slug = role_slug and q.slug = requested_slug
$$;
comment on function estimate_base(text, text) is 'The estimate''s starting figure: the role''s anchor occupation in the region (nearest region with a figure), with the anchor''s national one-year change.';
revoke execute on function estimate_base(text, text) from public;
grant execute on function estimate_base(text, text) to payband_web;

do $$
begin
    -- every role's anchor occupation has an occupation role whose figures it can start from
    if exists (select 1 from roles r where not exists (
                   select 1 from roles a where a.soc_code = r.anchor_soc_code and a.kind = 'occupation')) then
        raise exception 'a role''s anchor occupation has no occupation role';
    end if;
    if (select count(*) from estimate_base('site-reliability-engineer', 'us')) <> 1
       or (select soc_code from estimate_base('site-reliability-engineer', 'us')) <> '15-1252' then
        raise exception 'estimate_base: developer roles start from Software Developers';
    end if;
end $$;

-- The default report wording about premiums describes the fitted model (any role, any region; the reference
-- report's own wording for its cell is unchanged).
update narratives set body = $$Of the skills a {role} can learn, **{top_skill}** has the best-evidenced pay premium in payband's model: {top_skill_range} against comparable non-users (Stack Overflow Developer Survey 2023, U.S. full-time respondents; fitted jointly with experience, developer type, the other skills and the employer).$$
where role_id is null and region_id is null and section = 'growth_catalyst' and position = 1;
update narratives set body = $$Premiums come from one regression of log pay on developer type, experience, every skill and the employer's size, industry and remote work, fitted on U.S. full-time respondents to the Stack Overflow Developer Survey 2023: each compares users with comparable non-users, with a 90 % interval. They describe the jobs that use a skill as much as the skill itself. **{top_skill}** leads the list below at {top_skill_range}.$$
where role_id is null and region_id is null and section = 'skill_premium' and position = 1;
update narratives set body = $$Skills: **{top_skill}** has the best-evidenced premium in payband's model ({top_skill_range}).$$
where role_id is null and region_id is null and section = 'checklist' and position = 3;
