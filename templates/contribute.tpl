{{%AUTOESCAPE context="HTML"}}<h1>Contribute your pay</h1>
<p>Add what you are paid to payband's figures. payband stores no name, no e-mail and no IP address; your figures are shown only inside the figures of a role and region once at least 5 people have contributed there, and never one by one. Figures far outside the published range for the role and region are held for a person to check before they count.</p>
{{#CSRF_FAILED}}<div class="error-summary" role="alert" id="errors">
<h2>This form could not be accepted</h2>
<p>The form's security token did not match this browser (it may have expired when payband restarted, or the form was sent from another site). Nothing was stored. Please check your entries below and send the form again.</p>
</div>{{/CSRF_FAILED}}
{{#KEY_INVALID}}<div class="error-summary" role="alert" id="errors"><p>The form was incomplete. Nothing was stored; please send it again.</p></div>{{/KEY_INVALID}}
{{#RATE_LIMITED}}<div class="error-summary" role="alert" id="errors">
<h2>Too many contributions from here</h2>
<p>payband accepts a few contributions at a time from one connection. Nothing was stored this time; please try again in about ten minutes. Your entries are kept below.</p>
</div>{{/RATE_LIMITED}}
{{#ERRORS}}<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="errors">
<h2 id="error-summary-title">Please correct {{ERROR_COUNT}} field(s); nothing was stored</h2>
<ul>
{{#ROLE_ERROR}}<li><a href="#role">Role</a> {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/ROLE_ERROR}}
{{#REGION_ERROR}}<li><a href="#region">Region</a> {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/REGION_ERROR}}
{{#YEARS_ERROR}}<li><a href="#years">Years of professional experience</a> {{MESSAGE}}</li>{{/YEARS_ERROR}}
{{#BASE_ERROR}}<li><a href="#base_salary">Base salary</a> {{MESSAGE}}</li>{{/BASE_ERROR}}
{{#BONUS_ERROR}}<li><a href="#bonus">Annual bonus</a> {{MESSAGE}}</li>{{/BONUS_ERROR}}
{{#EQUITY_ERROR}}<li><a href="#equity">Annual equity value</a> {{MESSAGE}}</li>{{/EQUITY_ERROR}}
{{#EMPLOYMENT_ERROR}}<li><a href="#employment">Employment type</a> {{MESSAGE}}</li>{{/EMPLOYMENT_ERROR}}
{{#SKILL_ERROR}}<li><a href="#skills">Skills</a>: one {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/SKILL_ERROR}}
{{#CERT_ERROR}}<li><a href="#certs">Certifications</a>: one {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/CERT_ERROR}}
</ul>
</div>{{/ERRORS}}
<form method="post" action="{{BASE}}/contribute" class="estimate-form" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="key" value="{{KEY}}">
<div class="row">
<div class="field">
<label for="role">Role</label>
{{#ROLE_ERROR}}<p class="field-error" id="role-error">Role {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</p>{{/ROLE_ERROR}}
<select id="role" name="role" required>
{{ROLE_OPTIONS:none}}
</select>
</div>
<div class="field">
<label for="region">Region</label>
{{#REGION_ERROR}}<p class="field-error" id="region-error">Region {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</p>{{/REGION_ERROR}}
<select id="region" name="region" required>{{REGION_OPTIONS:none}}
</select>
</div>
<div class="field narrow">
<label for="years">Years of professional experience</label>
{{#YEARS_ERROR}}<p class="field-error" id="years-error">Years {{MESSAGE}}{{#BAD}} (you entered “{{BAD}}”){{/BAD}}.</p>{{/YEARS_ERROR}}
<input id="years" name="years" type="number" inputmode="numeric" min="0" max="60" step="1" required value="{{YEARS}}">
</div>
</div>
<div class="row">
<div class="field">
<label for="base_salary">Base salary per year (US dollars)</label>
{{#BASE_ERROR}}<p class="field-error" id="base-error">Base salary {{MESSAGE}}{{#BAD}} (you entered “{{BAD}}”){{/BAD}}.</p>{{/BASE_ERROR}}
<input id="base_salary" name="base_salary" inputmode="numeric" autocomplete="off" required value="{{BASE}}" aria-describedby="base-help">
<p class="note" id="base-help">Whole dollars, e.g. 120000 or $120,000.</p>
</div>
<div class="field">
<label for="bonus">Annual bonus (optional)</label>
{{#BONUS_ERROR}}<p class="field-error" id="bonus-error">Bonus {{MESSAGE}}{{#BAD}} (you entered “{{BAD}}”){{/BAD}}.</p>{{/BONUS_ERROR}}
<input id="bonus" name="bonus" inputmode="numeric" autocomplete="off" value="{{BONUS}}">
</div>
<div class="field">
<label for="equity">Annual equity value (optional)</label>
{{#EQUITY_ERROR}}<p class="field-error" id="equity-error">Equity {{MESSAGE}}{{#BAD}} (you entered “{{BAD}}”){{/BAD}}.</p>{{/EQUITY_ERROR}}
<input id="equity" name="equity" inputmode="numeric" autocomplete="off" value="{{EQUITY}}">
</div>
</div>
<fieldset id="employment">
<legend>Employment type</legend>
{{#EMPLOYMENT_ERROR}}<p class="field-error" id="employment-error">Employment type {{MESSAGE}}.</p>{{/EMPLOYMENT_ERROR}}
{{#EMPLOYMENT_OPTION}}<label class="inline"><input type="radio" name="employment" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{#FULL_TIME}}Full-time{{/FULL_TIME}}{{#PART_TIME}}Part-time{{/PART_TIME}}{{#CONTRACT}}Contract{{/CONTRACT}}</label>
{{/EMPLOYMENT_OPTION}}
</fieldset>
<fieldset id="skills">
<legend>Skills you use at work (up to {{MAX_SKILLS}})</legend>
{{#SKILL_ERROR}}<p class="field-error" id="skill-error">One skill {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}.</p>{{/SKILL_ERROR}}
{{#SKILL_GROUP}}<details class="skill-group"{{#OPEN}} open{{/OPEN}}>
<summary>{{LABEL}}{{#TICKED}} ({{TICKED}} ticked){{/TICKED}}</summary>
<ul class="checks">{{#SKILL}}
<li><input type="checkbox" id="skill-{{SLUG}}" name="skill" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="skill-{{SLUG}}">{{NAME}}</label></li>{{/SKILL}}
</ul>
</details>{{/SKILL_GROUP}}
</fieldset>
<fieldset id="certs">
<legend>Certifications</legend>
{{#CERT_ERROR}}<p class="field-error" id="cert-error">One certification {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}.</p>{{/CERT_ERROR}}
<ul class="checks">{{#CERT}}
<li><input type="checkbox" id="cert-{{SLUG}}" name="cert" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="cert-{{SLUG}}">{{NAME}}</label></li>{{/CERT}}
</ul>
</fieldset>
<button type="submit">Contribute</button>
</form>
