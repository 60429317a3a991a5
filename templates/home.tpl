{{%AUTOESCAPE context="HTML"}}<section class="intro">
<h1>Pay figures you can check</h1>
<p>payband estimates what you would be paid in a technology role and shows how it got there: the published market figure for your role and region, what your experience adds, and what each skill and certification adds, each with its source, date and sample size. Every figure comes from a named public source — the U.S. Bureau of Labor Statistics' Occupational Employment and Wage Statistics, the Stack Overflow Developer Survey 2023, BEA price parities and payband's own market reports.</p>
</section>
<section aria-labelledby="form-title" class="card">
<h2 id="form-title">Estimate your pay</h2>
{{>FORM}}
</section>
<section aria-labelledby="pick-title">
<h2 id="pick-title">Open a market report</h2>
<form method="get" action="{{BASE}}/report" class="picker">
<div class="field">
<label for="report-role">Role</label>
<select id="report-role" name="role">{{#REPORT_ROLE_OPTION}}
<option value="{{SLUG}}">{{TITLE}}</option>{{/REPORT_ROLE_OPTION}}
</select>
</div>
<div class="field">
<label for="report-region">Region</label>
<select id="report-region" name="region">{{#REPORT_REGION_OPTION}}
<option value="{{SLUG}}">{{NAME}}</option>{{/REPORT_REGION_OPTION}}
</select>
</div>
<button type="submit">Show report</button>
</form>
</section>
<section aria-labelledby="dev-title">
<h2 id="dev-title">Developer roles</h2>
<p>Roles from the Stack Overflow Developer Survey, each tied to the BLS occupation it belongs to.</p>
<ul class="roles">{{#DEVELOPER_ROLE}}
<li><a href="{{BASE}}/report/{{SLUG:url_query_escape}}/us">{{TITLE}}</a></li>{{/DEVELOPER_ROLE}}
</ul>
</section>
<section aria-labelledby="occ-title">
<h2 id="occ-title">Occupations (BLS)</h2>
<ul class="roles">{{#OCCUPATION_ROLE}}
<li><a href="{{BASE}}/report/{{SLUG:url_query_escape}}/us">{{TITLE}}</a> <span class="soc">SOC {{SOC_CODE}}</span></li>{{/OCCUPATION_ROLE}}
</ul>
</section>
