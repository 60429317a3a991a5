{{%AUTOESCAPE context="HTML"}}<article class="report">
<header class="report-head">
<p class="crumbs"><a href="{{BASE}}/">Reports</a> › {{ROLE}} › {{REGION}}</p>
<h1>Market Intelligence: {{ROLE}} in {{REGION}}</h1>
{{#PRIMARY}}<p class="meta">Last Updated: {{VINTAGE}}{{#DATA_POINTS}} · Based on {{DATA_POINTS}} data points{{/DATA_POINTS}}{{#EMPLOYMENT}} · Employment ({{EMP_CITATION}}): {{EMPLOYMENT}} jobs{{/EMPLOYMENT}}</p>
<dl class="figures">
{{#MEAN}}<div><dt>Average pay</dt><dd class="big">{{MEAN}}</dd></div>{{/MEAN}}
{{#PROJECTED}}<div><dt>Projected</dt><dd class="big">{{PROJECTED}}</dd></div>{{/PROJECTED}}
{{#MEDIAN}}<div><dt>Median</dt><dd>{{MEDIAN}}</dd></div>{{/MEDIAN}}
</dl>
<p class="source">Source: {{PUBLISHER}}{{#SOURCE_TITLE}}, {{SOURCE_TITLE}}{{/SOURCE_TITLE}}, {{VINTAGE}}{{#LICENSE}} ({{LICENSE}}){{/LICENSE}}.</p>
{{#DERIVATION}}<p class="derivation">{{DERIVATION}}</p>{{/DERIVATION}}
{{#CAUTION}}<p class="caution" id="figure-caution"><strong>Note:</strong> {{CAUTION}}</p>{{/CAUTION}}
{{#PROJECTION_METHOD}}<p class="method">Projection method: {{PROJECTION_METHOD}}</p>{{/PROJECTION_METHOD}}
{{#HAS_DISTRIBUTION}}<h2 class="sub">Pay distribution</h2>
<table class="distribution">
<caption>Annual pay percentiles, {{PUBLISHER}}, {{VINTAGE}}</caption>
<thead><tr><th scope="col">10th</th><th scope="col">25th</th><th scope="col">Median</th><th scope="col">75th</th><th scope="col">90th</th></tr></thead>
<tbody><tr><td>{{#P10}}{{P10}}{{/P10}}</td><td>{{#P25}}{{P25}}{{/P25}}</td><td>{{#MEDIAN}}{{MEDIAN}}{{/MEDIAN}}</td><td>{{#P75}}{{P75}}{{/P75}}</td><td>{{#P90}}{{P90}}{{/P90}}</td></tr></tbody>
</table>
{{#TOPCODED}}<p class="note">≥ {{TOPCODE_MIN}}: {{PUBLISHER}} top-codes wages of {{TOPCODE_MIN}} a year or more in {{VINTAGE}} and publishes no exact figure for them.</p>{{/TOPCODED}}{{/HAS_DISTRIBUTION}}{{/PRIMARY}}
{{#NO_FIGURES}}<p class="nodata">No published pay figure exists for {{ROLE}} in {{REGION}}: the source suppresses it, or payband has no source for it. payband does not estimate figures that no one published.</p>{{/NO_FIGURES}}
</header>

<section aria-labelledby="overview">
<h2 id="overview">Market Overview</h2>
{{#OVERVIEW}}<p>{{>PARA}}</p>{{/OVERVIEW}}
{{#NO_OVERVIEW}}<p class="nodata">There is no overview for this role and region yet.</p>{{/NO_OVERVIEW}}
</section>

<section aria-labelledby="demand">
<h2 id="demand">Regional Demand Signals</h2>
{{#DEMAND}}<p>{{>PARA}}</p>{{/DEMAND}}
{{#DEMAND_FIGURE}}<dl class="signals">
{{#EMPLOYMENT}}<div><dt>Employment</dt><dd>{{EMPLOYMENT}} jobs</dd></div>{{/EMPLOYMENT}}
{{#LQ}}<div><dt>Location quotient</dt><dd>{{LQ}}</dd></div>{{/LQ}}
{{#JOBS_PER_1000}}<div><dt>Jobs per 1,000 jobs</dt><dd>{{JOBS_PER_1000}}</dd></div>{{/JOBS_PER_1000}}
</dl>
<p class="source">Source: {{EMP_PUBLISHER}}, {{EMP_VINTAGE}}{{#OCCUPATION_TITLE}}, for the occupation {{OCCUPATION_TITLE}}{{#SOC_CODE}} ({{SOC_CODE}}){{/SOC_CODE}}{{/OCCUPATION_TITLE}}. A location quotient above 1 means the occupation is a larger share of jobs here than nationally.</p>{{/DEMAND_FIGURE}}
{{#NO_DEMAND_FIGURE}}<p class="nodata">No employment figure is published for this role and region.</p>{{/NO_DEMAND_FIGURE}}
</section>

<div class="callouts">
<section class="callout" aria-labelledby="growth">
<h2 id="growth"><span aria-hidden="true">🚀</span> Growth Catalyst</h2>
{{#GROWTH_CATALYST}}<p>{{>PARA}}</p>{{/GROWTH_CATALYST}}
{{#NO_GROWTH_CATALYST}}<p class="nodata">No skill pay data exists for this role, so payband names no growth skill.</p>{{/NO_GROWTH_CATALYST}}
</section>
<section class="callout" aria-labelledby="moat">
<h2 id="moat"><span aria-hidden="true">🛡️</span> Career Moat</h2>
{{#CAREER_MOAT}}<p>{{>PARA}}</p>{{/CAREER_MOAT}}
{{#NO_CAREER_MOAT}}<p class="nodata">No published data on certification pay exists for {{ROLE}} in {{REGION}}, so payband names no certification.</p>{{/NO_CAREER_MOAT}}
</section>
</div>

<section aria-labelledby="premiums">
<h2 id="premiums">Skill Premium Analysis</h2>
{{#SKILL_PREMIUM}}<p>{{>PARA}}</p>{{/SKILL_PREMIUM}}
<table class="premiums">
<caption>Pay premiums for {{ROLE}} in {{REGION}}</caption>
<thead><tr><th scope="col">Skill or certification</th><th scope="col">Premium</th><th scope="col">90 % interval</th><th scope="col">Source</th></tr></thead>
<tbody>{{#PREMIUM_SKILL}}
<tr id="premium-{{SLUG}}"><th scope="row">{{NAME}}{{#TOP_DECILE_WITH}}<br><span class="note">the source says: with {{TOP_DECILE_WITH}} it reaches the top decile</span>{{/TOP_DECILE_WITH}}</th><td>{{#PUBLISHED}}+{{RANGE}}{{/PUBLISHED}}{{#FITTED}}{{POINT}}{{/FITTED}}</td><td>{{#FITTED}}{{INTERVAL}}{{/FITTED}}{{#PUBLISHED}}not stated{{/PUBLISHED}}</td><td>{{PUBLISHER}}{{#VINTAGE}} {{VINTAGE}}{{/VINTAGE}}{{#FITTED}}, fitted¹{{#N}} (n = {{N}}){{/N}}{{/FITTED}}{{#PUBLISHED}}, published; method not stated{{#SURVEY_BESIDE}}<br><span class="note">{{PUBLISHER}} {{VINTAGE}}, fitted¹ (n = {{N}}): {{POINT}}, 90 % interval {{INTERVAL}}{{#UNCLEAR}} — not clearly different from zero{{/UNCLEAR}}. The estimate uses this measured figure, not the published one.</span>{{/SURVEY_BESIDE}}{{/PUBLISHED}}</td></tr>{{/PREMIUM_SKILL}}{{#PREMIUM_CERT}}
<tr id="premium-{{SLUG}}"><th scope="row">{{NAME}} <span class="note">(certification)</span></th><td>+{{RANGE}}</td><td>not stated</td><td>{{PUBLISHER}}{{#VINTAGE}} {{VINTAGE}}{{/VINTAGE}}, published; method not stated{{#USED}}<br><span class="note">The survey does not record certifications, so the estimate uses this published figure, labelled as such.</span>{{/USED}}</td></tr>{{/PREMIUM_CERT}}
</tbody>
</table>
{{#SURVEY_PREMIUMS_NOTE}}<p class="note">¹ Fitted: the pay of users against comparable non-users (same developer type, experience and other skills; employer size, industry and remote work held equal), from one regression of log pay on all of them, fitted on the Stack Overflow Developer Survey 2023 (U.S. full-time respondents); 90 % intervals from refitting on resampled respondents. The same figures, with the same n, appear in every report and estimate. Shown: the learnable skills whose premium is clearly positive, the best-evidenced first.</p>{{/SURVEY_PREMIUMS_NOTE}}
{{#NO_SKILL_PREMIUMS}}<p class="nodata">No skill premium data exists for {{ROLE}}.</p>{{/NO_SKILL_PREMIUMS}}
{{#NO_CERT_PREMIUMS}}<p class="nodata">No published data on certification pay exists for {{ROLE}} in {{REGION}}; payband shows none rather than guess.</p>{{/NO_CERT_PREMIUMS}}
</section>

<section aria-labelledby="required">
<h2 id="required">Required Skills for {{ROLE}}</h2>
{{#REQUIRED_SKILLS_INTRO}}<p>{{>PARA}}</p>{{/REQUIRED_SKILLS_INTRO}}
{{#HAS_REQUIRED_SKILLS}}<ol class="skills">{{#REQUIRED_SKILL}}
<li><span class="skill">{{NAME}}</span>{{#SHARE}} <span class="share">used by {{SHARE}}%</span>{{/SHARE}}</li>{{/REQUIRED_SKILL}}
</ol>
<p class="source">Source: Stack Overflow Developer Survey 2023, all U.S. respondents of this role's developer type, whatever their employment{{#REQUIRED_SKILLS_N}} (n = {{REQUIRED_SKILLS_N}}){{/REQUIRED_SKILLS_N}}: share who worked with each technology in the past year. (Pay figures from the survey count only full-time respondents who gave their years of professional coding.) ODbL 1.0.</p>{{/HAS_REQUIRED_SKILLS}}
{{#NO_REQUIRED_SKILLS}}<p class="nodata">The survey payband uses has no respondents mapped to {{ROLE}}, so no skill list is shown.</p>{{/NO_REQUIRED_SKILLS}}
</section>

<section aria-labelledby="ai">
<h2 id="ai">AI Impact on {{ROLE}} Careers</h2>
{{#AI_IMPACT}}<p>{{>PARA}}</p>{{/AI_IMPACT}}
{{#NO_AI_IMPACT}}<p class="nodata">payband has no published figure on how AI affects pay for {{ROLE}}.</p>{{/NO_AI_IMPACT}}
</section>

<section aria-labelledby="negotiation">
<h2 id="negotiation">Negotiation Strategy</h2>
{{#NEGOTIATION}}<p>{{>PARA}}</p>{{/NEGOTIATION}}
{{#NO_NEGOTIATION}}<p class="nodata">There is no negotiation note for this role and region yet.</p>{{/NO_NEGOTIATION}}
</section>

<section aria-labelledby="checklist">
<h2 id="checklist">Strategic Checklist for {{ROLE}} Professionals</h2>
{{#NO_CHECKLIST}}<p class="nodata">There is no checklist for this role and region yet.</p>{{/NO_CHECKLIST}}
<ul class="checklist">{{#CHECKLIST}}
<li>{{>PARA}}</li>{{/CHECKLIST}}
</ul>
</section>

{{#CROWD}}<section aria-labelledby="crowd">
<h2 id="crowd">From payband users</h2>
<p>People have made <span id="crowd-n">{{N}}</span> accepted contribution(s) for {{ROLE}} in {{REGION}}. Contributions are total pay (base + bonus + equity) reported through payband, counted and shown apart from the published figures above, which they never change.</p>
{{#FIGURES}}<dl class="signals">
<div><dt>Median{{#ROUNDED_TO}} <span class="note">(rounded to the nearest {{ROUNDED_TO}})</span>{{/ROUNDED_TO}}</dt><dd id="crowd-median">{{MEDIAN}}</dd></div>
{{#P25}}<div><dt>25th–75th percentile</dt><dd id="crowd-quartiles">{{P25}} – {{P75}}</dd></div>{{/P25}}
{{#P10}}<div><dt>10th percentile</dt><dd id="crowd-p10">{{P10}}</dd></div>{{/P10}}{{#P90}}<div><dt>90th percentile</dt><dd id="crowd-p90">{{P90}}</dd></div>{{/P90}}
</dl>
{{#TAILS_HIDDEN}}<p class="note">Until {{QUARTILES_FROM}} people have contributed, payband shows only their median{{#ROUNDED_TO}}, rounded to the nearest {{ROUNDED_TO}}{{/ROUNDED_TO}}, and no quartile or 10th/90th percentile, so that no single contribution can be read off them.</p>{{/TAILS_HIDDEN}}{{/FIGURES}}
{{#TOO_FEW}}<p class="nodata" id="crowd-too-few">Figures from payband users appear once at least {{MEDIAN_FROM}} people have contributed for this role and region, so that no one can be identified.</p>{{/TOO_FEW}}
<p><a href="{{BASE}}/contribute">Contribute your pay</a></p>
</section>{{/CROWD}}

<section aria-labelledby="sources">
<h2 id="sources">Figures by source</h2>
<table class="sources">
<caption>Every figure payband has for {{ROLE}} in {{REGION}}</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Average</th><th scope="col">Median</th><th scope="col">10th–90th percentile</th><th scope="col">Projected</th><th scope="col">Employment</th></tr></thead>
<tbody>{{#FIGURE}}
<tr><th scope="row">{{PUBLISHER}}, {{VINTAGE}}{{#DERIVATION}}<br><span class="note">{{DERIVATION}}</span>{{/DERIVATION}}{{#CAUTION}}<br><span class="note caution">{{CAUTION}}</span>{{/CAUTION}}</th><td>{{#MEAN}}{{MEAN}}{{/MEAN}}</td><td>{{#MEDIAN}}{{MEDIAN}}{{/MEDIAN}}</td><td>{{#P10}}{{P10}}{{/P10}}{{#P90}} – {{P90}}{{/P90}}</td><td>{{#PROJECTED}}{{PROJECTED}}{{/PROJECTED}}</td><td>{{#EMPLOYMENT}}{{EMPLOYMENT}}{{#EMP_CREDIT}} <span class="note">({{EMP_CITATION}})</span>{{/EMP_CREDIT}}{{/EMPLOYMENT}}</td></tr>{{/FIGURE}}
</tbody>
</table>
<p class="note">An empty cell means the source does not publish that figure; payband never fills it in.{{#SOURCES_TOPCODED}} ≥ {{TOPCODE_MIN}}: {{PUBLISHER}} top-codes wages of {{TOPCODE_MIN}} a year or more in {{VINTAGE}} and publishes no exact figure for them.{{/SOURCES_TOPCODED}}</p>
<p><a href="{{BASE}}/report/{{ROLE_SLUG:url_query_escape}}/{{REGION_SLUG:url_query_escape}}.csv">Download these figures as CSV</a> · <a href="{{BASE}}/api/v1/report/{{ROLE_SLUG:url_query_escape}}/{{REGION_SLUG:url_query_escape}}">as JSON</a></p>
</section>
</article>
