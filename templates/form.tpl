{{%AUTOESCAPE context="HTML"}}<form method="get" action="{{BASE}}/estimate" class="estimate-form" novalidate>
{{#ERRORS}}<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="errors">
<h2 id="error-summary-title">Please correct {{ERROR_COUNT}} field(s)</h2>
<ul>
{{#ROLE_ERROR}}<li><a href="#role">Role</a> {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/ROLE_ERROR}}
{{#REGION_ERROR}}<li><a href="#region">Region</a> {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/REGION_ERROR}}
{{#YEARS_ERROR}}<li><a href="#years">Years of professional experience</a> {{MESSAGE}}</li>{{/YEARS_ERROR}}
{{#SKILL_ERROR}}<li><a href="#skills">Skills</a>: one {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/SKILL_ERROR}}
{{#CERT_ERROR}}<li><a href="#certs">Certifications</a>: one {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/CERT_ERROR}}
</ul>
</div>{{/ERRORS}}
<div class="row">
<div class="field{{#ROLE_ERROR}} has-error{{/ROLE_ERROR}}">
<label for="role">Role</label>
{{#ROLE_ERROR}}<p class="field-error" id="role-error">Role {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</p>{{/ROLE_ERROR}}
<select id="role" name="role" required{{#ROLE_ERROR}} aria-invalid="true" aria-describedby="role-error"{{/ROLE_ERROR}}>
{{ROLE_OPTIONS:none}}
</select>
</div>
<div class="field{{#REGION_ERROR}} has-error{{/REGION_ERROR}}">
<label for="region">Region</label>
{{#REGION_ERROR}}<p class="field-error" id="region-error">Region {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</p>{{/REGION_ERROR}}
<select id="region" name="region" required{{#REGION_ERROR}} aria-invalid="true" aria-describedby="region-error"{{/REGION_ERROR}}>{{REGION_OPTIONS:none}}
</select>
</div>
<div class="field narrow{{#YEARS_ERROR}} has-error{{/YEARS_ERROR}}">
<label for="years">Years of professional experience</label>
{{#YEARS_ERROR}}<p class="field-error" id="years-error">Years {{MESSAGE}}{{#BAD}} (you entered “{{BAD}}”){{/BAD}}.</p>{{/YEARS_ERROR}}
<input id="years" name="years" type="number" inputmode="numeric" min="0" max="60" step="1" required value="{{YEARS}}"{{#YEARS_ERROR}} aria-invalid="true" aria-describedby="years-error"{{/YEARS_ERROR}}>
</div>
</div>
<fieldset id="skills"{{#SKILL_ERROR}} class="has-error" aria-describedby="skill-error"{{/SKILL_ERROR}}>
<legend>Skills you use at work</legend>
{{#SKILL_ERROR}}<p class="field-error" id="skill-error">One skill {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}. The others are kept.</p>{{/SKILL_ERROR}}
{{#SKILL_GROUP}}<details class="skill-group"{{#OPEN}} open{{/OPEN}}>
<summary>{{#TOP}}Most used by {{ROLE}}{{/TOP}}{{#CATEGORY}}{{LABEL}}{{/CATEGORY}}{{#TICKED}} ({{TICKED}} ticked){{/TICKED}}</summary>
<ul class="checks">{{#SKILL}}
<li><input type="checkbox" id="skill-{{SLUG}}" name="skill" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="skill-{{SLUG}}">{{NAME}}{{#SHARE}} <span class="share">({{SHARE}}% use it)</span>{{/SHARE}}</label></li>{{/SKILL}}
</ul>
</details>{{/SKILL_GROUP}}
{{#MORE}}<p class="more-options"><a href="{{URL}}">Show every skill and every metro area</a> (the form above lists your skills, those most used in your role, and the metro areas of your state).</p>{{/MORE}}
</fieldset>
<fieldset id="certs"{{#CERT_ERROR}} class="has-error" aria-describedby="cert-error"{{/CERT_ERROR}}>
<legend>Certifications</legend>
{{#CERT_ERROR}}<p class="field-error" id="cert-error">One certification {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}.</p>{{/CERT_ERROR}}
<ul class="checks">{{#CERT}}
<li><input type="checkbox" id="cert-{{SLUG}}" name="cert" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="cert-{{SLUG}}">{{NAME}} <span class="share">({{ISSUER}})</span></label></li>{{/CERT}}
</ul>
<p class="note">payband lists only certifications for which pay data has been published.</p>
</fieldset>
<button type="submit">Estimate my pay</button>
</form>
