{{%AUTOESCAPE context="HTML"}}<h1>{{#RESULT}}Your estimate: {{ROLE}} in {{REGION}}{{/RESULT}}{{#NO_RESULT}}Estimate your pay{{/NO_RESULT}}</h1>
{{#RESULT}}<section class="result" aria-labelledby="result-title">
<h2 id="result-title" class="visually-hidden">Result</h2>
<dl class="figures">
<div><dt>Estimate</dt><dd class="big" id="estimate-point">{{POINT}}</dd></div>
<div><dt>Likely range</dt><dd id="estimate-range">{{LOW}} – {{HIGH}}</dd></div>
<div><dt>Percentile among {{ROLE}}s in {{PCT_REGION}}</dt><dd id="estimate-percentile">{{PERCENTILE}}{{#BELOW_P10}} (below the 10th){{/BELOW_P10}}{{#ABOVE_P90}} (above the 90th){{/ABOVE_P90}}</dd></div>
{{#PROJECTION}}<div><dt>In one year</dt><dd id="estimate-projection">{{PROJECTED}} <span class="note">({{PCT}})</span></dd></div>{{/PROJECTION}}
</dl>
<p class="note" id="estimate-range-note">The likely range holds the middle half of people like you: tested on {{FIT_N}} survey respondents, each held out of the fit in turn ({{FIT_FOLDS}}-fold), {{COVERAGE50}} of them fell inside their own range. On those held-out people the model's median error is {{MAE}} of pay, against {{MAE_BASELINE}} for the median of their role and experience alone. {{#PROJECTION}}{{PROJECTION_METHOD}}{{/PROJECTION}}{{#NO_PROJECTION}}No one-year change is published for this occupation, so payband shows none.{{/NO_PROJECTION}}</p>

<h2>How payband got there</h2>
<table class="breakdown">
<caption>Each factor, what it adds and where it comes from; the dollars add up to the estimate</caption>
<thead><tr><th scope="col">Factor</th><th scope="col">Effect</th><th scope="col">Source</th></tr></thead>
<tbody>
<tr><th scope="row">Median pay of {{ANCHOR}} in {{BASE_REGION}}{{#FALLBACK}}<br><span class="note">No figure is published for {{REGION}}; this is the nearest region with one.</span>{{/FALLBACK}}</th><td>{{BASE}}</td><td>{{BASE_PUBLISHER}}, {{BASE_VINTAGE}}{{#BASE_DERIVATION}}<br><span class="note">{{BASE_DERIVATION}}</span>{{/BASE_DERIVATION}}{{#SHAPE_NOTE}}<br><span class="note">{{SHAPE_NOTE}}</span>{{/SHAPE_NOTE}}</td></tr>
{{#LEVEL}}<tr id="factor-level"><th scope="row">{{ROLE}} against software developers</th><td>{{DOLLARS}} ({{PCT}})</td><td>{{FIT_SOURCE}}, fitted (n = {{N}}){{#DEV_TYPE}}: respondents who are “{{DEV_TYPE}}”{{/DEV_TYPE}} against back-end, front-end, full-stack, mobile, desktop, embedded and game developers of the same experience, skills and employer; 90 % interval {{INTERVAL}}.</td></tr>{{/LEVEL}}
<tr id="factor-experience"><th scope="row">{{YEARS}} of professional experience</th><td>{{EXP_DOLLARS}} ({{EXP_PCT}})</td><td>{{FIT_SOURCE}}, fitted experience curve: pay at {{YEARS}} against {{REF_YEARS}} years, the median of those developers; 90 % interval {{EXP_INTERVAL}}.</td></tr>{{#ITEM}}
<tr class="item"><th scope="row">{{NAME}}{{#IS_CERT}} <span class="note">(certification)</span>{{/IS_CERT}}</th>
<td>{{#APPLIED}}{{DOLLARS}} ({{PCT}}){{/APPLIED}}{{#UNCLEAR}}$0 <span class="note">(difference {{PREMIUM}}, but its interval {{INTERVAL}} includes zero: not clear)</span>{{/UNCLEAR}}{{#NEGATIVE}}$0 <span class="note">(users earn {{PREMIUM}} against comparable non-users, interval {{INTERVAL}}; not applied: the gap describes the jobs that use it, and knowing a skill does not lower anyone's pay)</span>{{/NEGATIVE}}{{#NO_DATA}}$0 <span class="note">(no pay data: too few survey respondents use it)</span>{{/NO_DATA}}</td>
<td>{{#SOURCE}}{{SOURCE}}{{#VINTAGE}} {{VINTAGE}}{{/VINTAGE}}{{#FITTED}}, fitted¹{{/FITTED}}{{#PUBLISHED}}, published figure (the survey cannot measure it){{/PUBLISHED}}{{#N}} (n = {{N}}){{/N}}: {{PREMIUM}}, 90 % interval {{INTERVAL}}{{/SOURCE}}{{#NO_DATA}}—{{/NO_DATA}}{{#ALSO_PUBLISHED}}<br><span class="note">{{SOURCE}} {{VINTAGE}} publishes {{PREMIUM}} ({{INTERVAL}}) for {{NAME}}{{#TOP_DECILE_CLAIM}} and says that with {{WITH}} it reaches the top decile of pay{{/TOP_DECILE_CLAIM}}; its method is not stated, so the estimate uses the survey's measured figure.</span>{{/ALSO_PUBLISHED}}</td></tr>{{/ITEM}}
<tr class="total"><th scope="row">Estimate</th><td>{{POINT}}</td><td></td></tr>
</tbody>
</table>
<p class="note">¹ Fitted: the pay of users against comparable non-users — same developer type, experience and other skills, employer size, industry and remote work held equal — from one regression of log pay on all of them ({{FIT_SOURCE}}, n = {{FIT_N}}); the 90 % interval comes from refitting on resampled respondents. Effects multiply, in the order shown.</p>
{{#NO_ITEMS}}<p class="note">Tick the skills and certifications you use to see what each adds.</p>{{/NO_ITEMS}}

{{#CHART}}<h2>Where you stand</h2>
<figure class="chart">
<svg viewBox="0 0 {{WIDTH}} 110" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">Pay distribution of {{ROLE}}s with your estimate</title>
<desc id="chart-desc">10th percentile {{P10}}, 25th {{P25}}, median {{P50}}, 75th {{P75}}, 90th {{P90}}; your estimate {{POINT}}, range {{LOW}} to {{HIGH}}.</desc>
<line class="whisker" x1="{{X10}}" y1="40" x2="{{X90}}" y2="40"/>
<line class="whisker" x1="{{X10}}" y1="30" x2="{{X10}}" y2="50"/>
<line class="whisker" x1="{{X90}}" y1="30" x2="{{X90}}" y2="50"/>
<rect class="box" x="{{X25}}" y="25" width="{{W2575}}" height="30"/>
<line class="median" x1="{{X50}}" y1="25" x2="{{X50}}" y2="55"/>
<rect class="range" x="{{XLOW}}" y="68" width="{{WRANGE}}" height="8"/>
<circle class="point" cx="{{XPOINT}}" cy="72" r="7"/>
<text x="{{X10}}" y="18" text-anchor="middle">p10</text>
<text x="{{X50}}" y="18" text-anchor="middle">median</text>
<text x="{{X90}}" y="18" text-anchor="middle">p90</text>
<text x="{{XPOINT}}" y="100" text-anchor="middle">you: {{POINT}}</text>
</svg>
<figcaption>
<table class="distribution"><caption>The same in numbers</caption>
<thead><tr><th scope="col">10th</th><th scope="col">25th</th><th scope="col">Median</th><th scope="col">75th</th><th scope="col">90th</th><th scope="col">You</th></tr></thead>
<tbody><tr><td>{{P10}}</td><td>{{P25}}</td><td>{{P50}}</td><td>{{P75}}</td><td>{{P90}}</td><td>{{POINT}} ({{LOW}} – {{HIGH}})</td></tr></tbody>
</table>
</figcaption>
</figure>{{/CHART}}

{{#OFFICIAL}}<h2>Official and survey figures</h2>
<table class="official" id="official-vs-survey">
<caption>The same job measured two ways</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Median</th><th scope="col">What it counts</th></tr></thead>
<tbody>
<tr><th scope="row">U.S. Bureau of Labor Statistics, OEWS {{BLS_VINTAGE}}: {{OCCUPATION}} ({{SOC}}), {{BLS_REGION}}</th><td>{{BLS_MEDIAN}}{{#BLS_MEAN}}<br><span class="note">mean {{BLS_MEAN}}</span>{{/BLS_MEAN}}</td><td>Wages employers report for every job in the occupation, all experience levels; excludes non-production bonuses, equity and benefits.</td></tr>
<tr><th scope="row">Stack Overflow Developer Survey 2023, United States: {{#ALL_RESPONDENTS}}all {{/ALL_RESPONDENTS}}full-time respondents{{#DEV_TYPE}} of developer type “{{DEV_TYPE}}”{{/DEV_TYPE}} who gave their years of professional coding (n = {{SURVEY_N}})</th><td>{{SURVEY_MEDIAN}}<br><span class="note">middle half {{SURVEY_IQR}}</span></td><td>Total pay people report themselves: salary, bonuses and perks, full-time only.</td></tr>
</tbody>
</table>
<p>The survey's median is {{GAP}} against the official one. The gap has known causes: the survey counts bonuses and equity that wages leave out; its respondents are developers who use Stack Overflow, with more of them at large, well-paying employers; it is national, while the official figure is for {{BLS_REGION}}; and the two are two years apart. That is why payband takes the level from the official figure and only <em>ratios</em> (role, experience, skills) from the survey.{{#OTHER_ANCHOR}} The estimate starts from {{ANCHOR}} rather than from this occupation: the survey measures {{ROLE}}s against software developers directly (the level in the breakdown above), while the occupation payband maps the role to is only a comparison (docs/model.md explains the mapping).{{/OTHER_ANCHOR}}</p>{{/OFFICIAL}}

{{#CROWD}}<h2>From payband users</h2>
<p id="estimate-crowd">{{N}} accepted contribution(s) for {{ROLE}} in {{REGION}}.{{#MEDIAN}} Their median total pay is <span id="estimate-crowd-median">{{MEDIAN}}</span>{{#ROUNDED_TO}} (rounded to the nearest {{ROUNDED_TO}}; more figures appear with more contributions){{/ROUNDED_TO}}{{#QUARTILES}} (25th–75th percentile {{P25}} – {{P75}}){{/QUARTILES}}; this is what people reported through payband, not a published figure, and it is not part of the estimate above.{{/MEDIAN}}{{#TOO_FEW}} Their figures appear once at least {{MEDIAN_FROM}} people have contributed, so that no one can be identified. <a href="{{BASE}}/contribute">Contribute yours</a>.{{/TOO_FEW}}</p>{{/CROWD}}

<h2>What to learn next</h2>
<p class="note">Skills you can learn (languages, frameworks, platforms, databases, infrastructure tools) that you did not tick, with a clear premium measured on at least 100 people, ranked by the low end of their interval (the most certain gain first). Each link shows your estimate with it added.</p>
{{#NO_NEXT}}<p class="nodata">No learnable skill with a clear, positive premium is left to add.</p>{{/NO_NEXT}}
<ol class="next">{{#NEXT}}
<li><a href="{{ADD_URL}}">{{NAME}}</a>{{#IS_CERT}} <span class="note">(certification)</span>{{/IS_CERT}}: {{PREMIUM}} <span class="note">(90 % interval {{INTERVAL}}; {{SOURCE}} {{VINTAGE}}{{#FITTED}}, fitted¹{{/FITTED}}{{#PUBLISHED}}, published figure{{/PUBLISHED}}{{#N}}, n = {{N}}{{/N}})</span></li>{{/NEXT}}
</ol>

<p class="permalink">Link to this estimate: <a href="{{PERMALINK}}" id="permalink">{{PERMALINK}}</a> · <a href="{{API_LINK}}" id="api-link">as JSON</a></p>
</section>{{/RESULT}}
{{#NO_MODEL}}<p class="nodata" id="no-model">Estimates are not available yet: the pay model has not been fitted on this server (its operator runs <code>payband-admin fit</code> after the database migrations). The market reports work meanwhile.</p>{{/NO_MODEL}}
{{#NO_FIGURE}}<p class="nodata">No published pay figure exists for {{ROLE}} in {{REGION}} or the regions around it, so payband cannot estimate it. Try the state or the whole United States.</p>{{/NO_FIGURE}}
<section aria-labelledby="form-title">
<h2 id="form-title">{{#RESULT}}Adjust your estimate{{/RESULT}}{{#NO_RESULT}}Your details{{/NO_RESULT}}</h2>
{{>FORM}}
</section>
