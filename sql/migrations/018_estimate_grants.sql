-- 018: privileges for the estimate contract: payband_web may read the new views and run the new lookup functions, nothing else.

-- 010's "alter default privileges" only covers functions created by the role that
-- ran 010; revoke explicitly so the result does not depend on who runs migrations.
revoke execute on function experience_curve(text), estimate_premiums(text, text), role_skills(text),
                           estimate_base(text, text), refresh_estimate_bases() from public;

grant select on v_price_parity, v_skills, v_certifications to payband_web;
grant execute on function experience_curve(text), estimate_premiums(text, text), role_skills(text),
                          estimate_base(text, text) to payband_web;

do $$
begin
    -- the web role reads tables only through the views and functions above
    if exists (select 1
               from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where n.nspname = 'public' and c.relkind in ('r', 'p')
                 and (has_table_privilege('payband_web', c.oid, 'select')
                      or has_table_privilege('payband_web', c.oid, 'insert, update, delete, truncate'))) then
        raise exception 'payband_web has a privilege on a table';
    end if;
    if has_function_privilege('payband_web', 'refresh_estimate_bases()', 'execute') then
        raise exception 'payband_web may run refresh_estimate_bases()';
    end if;
end $$;
