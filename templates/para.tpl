{{%AUTOESCAPE context="HTML"}}{{#SEG}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{#STRONG}}<strong>{{TEXT}}</strong>{{/STRONG}}{{#EM}}<em>{{TEXT}}</em>{{/EM}}{{/SEG}}
