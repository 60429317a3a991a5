-- 010: the web role payband_web and exactly the privileges the SQL contract needs.

-- Roles are cluster-wide: another database in the cluster may have created it.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'payband_web') then
        create role payband_web login;
    end if;
end $$;

-- Nobody but the owner creates objects in public (PostgreSQL 15 already
-- defaults to this; say it explicitly for clusters upgraded from older versions).
revoke create on schema public from public;

-- Functions are executable by PUBLIC by default: take that away, here and for
-- functions later migrations create, so only explicit grants count.
revoke execute on function report_premiums(text, text), report_narratives(text, text),
                           role_required_skills(text) from public;
alter default privileges revoke execute on functions from public;

-- The web role only reads: it needs to connect, not to create temporary tables
-- (TEMPORARY is granted to PUBLIC by default).
do $$
begin
    execute format('revoke temporary on database %I from public', current_database());
    execute format('grant connect on database %I to payband_web', current_database());
end $$;
grant usage on schema public to payband_web;
grant select on v_roles, v_regions, v_figures to payband_web;
grant execute on function report_premiums(text, text), report_narratives(text, text),
                          role_required_skills(text) to payband_web;
