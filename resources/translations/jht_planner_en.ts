<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About JHT Planner</source>
        <translation>About JHT Planner</translation>
    </message>
    <message>
        <source>JHT Planner</source>
        <translation>JHT Planner</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Rules and rates checked against their sources up to {date}.</source>
        <translation>Rules and rates checked against their sources up to {date}.</translation>
    </message>
    <message>
        <source>Some of them are due for review: look for a newer version of the planner.</source>
        <translation>Some of them are due for review: look for a newer version of the planner.</translation>
    </message>
    <message>
        <source>The planner's figures are estimates. The official figures of your JHT balance are those in the JMO app of BPJS Ketenagakerjaan.</source>
        <translation>The planner's figures are estimates. The official figures of your JHT balance are those in the JMO app of BPJS Ketenagakerjaan.</translation>
    </message>
    <message>
        <source>Your data stays on this computer: the planner never connects to the internet.</source>
        <translation>Your data stays on this computer: the planner never connects to the internet.</translation>
    </message>
    <message>
        <source>JHT Planner is free software under the MIT licence. It is built on:</source>
        <translation>JHT Planner is free software under the MIT licence. It is built on:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>see the package</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}</source>
        <translation>Python {python}, Qt {qt}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Card (KPJ)</source>
        <translation>Card (KPJ)</translation>
    </message>
    <message>
        <source>Month (BL-TH)</source>
        <translation>Month (BL-TH)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Wage</translation>
    </message>
    <message>
        <source>Back pay</source>
        <translation>Back pay</translation>
    </message>
    <message>
        <source>JHT employer</source>
        <translation>JHT employer</translation>
    </message>
    <message>
        <source>JHT worker</source>
        <translation>JHT worker</translation>
    </message>
    <message>
        <source>JHT contribution</source>
        <translation>JHT contribution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The month the contribution is for</source>
        <translation>The month the contribution is for</translation>
    </message>
    <message>
        <source>The day the employer paid the contribution (Tgl Setor)</source>
        <translation>The day the employer paid the contribution (Tgl Setor)</translation>
    </message>
    <message>
        <source>The day BPJS booked the contribution (Tgl Posting)</source>
        <translation>The day BPJS booked the contribution (Tgl Posting)</translation>
    </message>
    <message>
        <source>Contributions for an earlier month paid later (Rapel)</source>
        <translation>Contributions for an earlier month paid later (Rapel)</translation>
    </message>
    <message>
        <source>No contribution recorded</source>
        <translation>No contribution recorded</translation>
    </message>
    <message>
        <source>Month {0}: the statement records no contribution.</source>
        <translation>Month {0}: the statement records no contribution.</translation>
    </message>
    <message>
        <source>Back pay (rapel): contributions for an earlier month paid later.</source>
        <translation>Back pay (rapel): contributions for an earlier month paid later.</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>You are looking at the demo: a fictional member, not your data.</source>
        <translation>You are looking at the demo: a fictional member, not your data.</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Back to my data</translation>
    </message>
    <message>
        <source>Close the demo and open your own saved data</source>
        <translation>Close the demo and open your own saved data</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
</context>
<context>
    <name>DriftBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>(The cards with a newer statement only.)</source>
        <translation>(The cards with a newer statement only.)</translation>
    </message>
    <message>
        <source>The earlier projection is kept as the scenario “{name}”.</source>
        <translation>The earlier projection is kept as the scenario “{name}”.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Summary does not add up</source>
        <translation>Summary does not add up</translation>
    </message>
    <message>
        <source>Total (Jumlah) differs from the rows</source>
        <translation>Total (Jumlah) differs from the rows</translation>
    </message>
    <message>
        <source>Contributions in the summary differ from the rows</source>
        <translation>Contributions in the summary differ from the rows</translation>
    </message>
    <message>
        <source>Contribution does not match the rate</source>
        <translation>Contribution does not match the rate</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Paid late</translation>
    </message>
    <message>
        <source>Reported wage below your wage</source>
        <translation>Reported wage below your wage</translation>
    </message>
    <message>
        <source>Development differs from the declared return</source>
        <translation>Development differs from the declared return</translation>
    </message>
    <message>
        <source>Opening balance differs from last year's closing</source>
        <translation>Opening balance differs from last year's closing</translation>
    </message>
    <message>
        <source>Months without contribution</source>
        <translation>Months without contribution</translation>
    </message>
    <message>
        <source>Two different statements for one year</source>
        <translation>Two different statements for one year</translation>
    </message>
    <message>
        <source>Differs from what was saved before</source>
        <translation>Differs from what was saved before</translation>
    </message>
    <message>
        <source>No summary for this year</source>
        <translation>No summary for this year</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide — JHT Planner</source>
        <translation>Guide — JHT Planner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>All cards</source>
        <translation>All cards</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Months: {0}</source>
        <translation>Months: {0}</translation>
    </message>
    <message>
        <source>No findings for this selection.</source>
        <translation>No findings for this selection.</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Findings ({0})</translation>
    </message>
    <message>
        <source>Closing balance {0}: {1} — balance before the statements {2}, cumulative contributions {3}, cumulative development {4}.</source>
        <translation>Closing balance {0}: {1} — balance before the statements {2}, cumulative contributions {3}, cumulative development {4}.</translation>
    </message>
    <message>
        <source>Includes {0} for cards without a statement for {1}: their last balance carried forward with the declared return, or its legal floor where none is known.</source>
        <translation>Includes {0} for cards without a statement for {1}: their last balance carried forward with the declared return, or its legal floor where none is known.</translation>
    </message>
    <message>
        <source>A difference of {0} is not explained by the statements (see Findings).</source>
        <translation>A difference of {0} is not explained by the statements (see Findings).</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Card:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Only rows with findings</source>
        <translation>Only rows with findings</translation>
    </message>
    <message>
        <source>Show full card numbers</source>
        <translation>Show full card numbers</translation>
    </message>
    <message>
        <source>Card (KPJ) numbers are masked unless you choose to show them.</source>
        <translation>Card (KPJ) numbers are masked unless you choose to show them.</translation>
    </message>
    <message>
        <source>Contributions by month</source>
        <translation>Contributions by month</translation>
    </message>
    <message>
        <source>No JHT data yet</source>
        <translation>No JHT data yet</translation>
    </message>
    <message>
        <source>Import a Rincian Saldo JHT (the PDF from the JMO app) with File &gt; Import, or drop the files on this window. No PDF? Type the balance JMO shows with a quick entry.</source>
        <translation>Import a Rincian Saldo JHT (the PDF from the JMO app) with File &gt; Import, or drop the files on this window. No PDF? Type the balance JMO shows with a quick entry.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Quick entry…</source>
        <translation>Quick entry…</translation>
    </message>
    <message>
        <source>Balance before the statements</source>
        <translation>Balance before the statements</translation>
    </message>
    <message>
        <source>Cumulative contributions</source>
        <translation>Cumulative contributions</translation>
    </message>
    <message>
        <source>Cumulative development</source>
        <translation>Cumulative development</translation>
    </message>
    <message>
        <source>Cards without a statement that year (estimated: last balance carried forward)</source>
        <translation>Cards without a statement that year (estimated: last balance carried forward)</translation>
    </message>
    <message>
        <source>Balance at year end (all cards)</source>
        <translation>Balance at year end (all cards)</translation>
    </message>
    <message>
        <source>JHT balance at the end of each year</source>
        <translation>JHT balance at the end of each year</translation>
    </message>
    <message>
        <source>No statements yet</source>
        <translation>No statements yet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import statements</source>
        <translation>Import statements</translation>
    </message>
    <message>
        <source>Statements (PDF, CSV)</source>
        <translation>Statements (PDF, CSV)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>This file could not be read. If it is a Rincian Saldo JHT from JMO, download it again; otherwise use Quick entry.</source>
        <translation>This file could not be read. If it is a Rincian Saldo JHT from JMO, download it again; otherwise use Quick entry.</translation>
    </message>
    <message>
        <source>Skipped: no password was given.</source>
        <translation>Skipped: no password was given.</translation>
    </message>
    <message>
        <source>The planner's database could not be read.</source>
        <translation>The planner's database could not be read.</translation>
    </message>
    <message>
        <source>The statements could not be saved; nothing was changed.</source>
        <translation>The statements could not be saved; nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>No statement could be imported; nothing was saved.</source>
        <translation>No statement could be imported; nothing was saved.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Reading {0} ({1} of {2})…</source>
        <translation>Reading {0} ({1} of {2})…</translation>
    </message>
</context>
<context>
    <name>JPEntry</name>
    <message>
        <source>Jaminan Pensiun (JP)</source>
        <translation>Jaminan Pensiun (JP)</translation>
    </message>
    <message>
        <source>Your statements do not show JP months (Masa Iuran JP). If you are in JP, type them from JMO to see the JP pension.</source>
        <translation>Your statements do not show JP months (Masa Iuran JP). If you are in JP, type them from JMO to see the JP pension.</translation>
    </message>
    <message>
        <source>I am in &amp;JP</source>
        <translation>I am in &amp;JP</translation>
    </message>
    <message>
        <source>JP &amp;contribution months so far</source>
        <translation>JP &amp;contribution months so far</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>JHT Planner</source>
        <translation>JHT Planner</translation>
    </message>
    <message>
        <source> — demo</source>
        <translation> — demo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>&amp;Quick entry…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Nominal rupiah</source>
        <translation>&amp;Nominal rupiah</translation>
    </message>
    <message>
        <source>Today's &amp;value (after inflation)</source>
        <translation>Today's &amp;value (after inflation)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About JHT Planner</source>
        <translation>&amp;About JHT Planner</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo statements could not be read.</source>
        <translation>The demo statements could not be read.</translation>
    </message>
    <message>
        <source>The report shows your card numbers (KPJ) and NIK masked, e.g. 1900••••345.</source>
        <translation>The report shows your card numbers (KPJ) and NIK masked, e.g. 1900••••345.</translation>
    </message>
    <message>
        <source>Show the full &amp;identifiers (KPJ, NIK) in the report</source>
        <translation>Show the full &amp;identifiers (KPJ, NIK) in the report</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>There is nothing to export yet.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>The export failed: {error}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Password needed</translation>
    </message>
    <message>
        <source>{0} is locked with a password.</source>
        <translation>{0} is locked with a password.</translation>
    </message>
    <message>
        <source>Files from JMO or an institution are often locked with the birth date as DDMMYYYY.</source>
        <translation>Files from JMO or an institution are often locked with the birth date as DDMMYYYY.</translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation>That password did not open the file. Try again.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Skip this file</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <source>Load assumptions</source>
        <translation>Load assumptions</translation>
    </message>
    <message>
        <source>Change wage growth</source>
        <translation>Change wage growth</translation>
    </message>
    <message>
        <source>Change return</source>
        <translation>Change return</translation>
    </message>
    <message>
        <source>Change inflation</source>
        <translation>Change inflation</translation>
    </message>
    <message>
        <source>Change wage</source>
        <translation>Change wage</translation>
    </message>
    <message>
        <source>Change stop-working age</source>
        <translation>Change stop-working age</translation>
    </message>
    <message>
        <source>Change career break</source>
        <translation>Change career break</translation>
    </message>
    <message>
        <source>Change wage change</source>
        <translation>Change wage change</translation>
    </message>
    <message>
        <source>Change assumption</source>
        <translation>Change assumption</translation>
    </message>
    <message>
        <source>Rp today's value</source>
        <translation>Rp today's value</translation>
    </message>
    <message>
        <source>Rp nominal</source>
        <translation>Rp nominal</translation>
    </message>
    <message>
        <source>Show amounts as:</source>
        <translation>Show amounts as:</translation>
    </message>
    <message>
        <source>Import the newest statement…</source>
        <translation>Import the newest statement…</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Today's value (after inflation)</source>
        <translation>Today's value (after inflation)</translation>
    </message>
    <message>
        <source>Rupiah as they will be paid.</source>
        <translation>Rupiah as they will be paid.</translation>
    </message>
    <message>
        <source>Rupiah with the buying power of the balance date, at the assumed inflation.</source>
        <translation>Rupiah with the buying power of the balance date, at the assumed inflation.</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Claim {date}
{amount}</source>
        <translation>Claim {date}
{amount}</translation>
    </message>
    <message>
        <source>Balance date</source>
        <translation>Balance date</translation>
    </message>
    <message>
        <source>JHT balance ({unit})</source>
        <translation>JHT balance ({unit})</translation>
    </message>
    <message>
        <source>Balance on your statements</source>
        <translation>Balance on your statements</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Add your birth date and wage (quick entry) to see the projection.</source>
        <translation>Add your birth date and wage (quick entry) to see the projection.</translation>
    </message>
    <message>
        <source>No data yet: import a Rincian Saldo JHT or make a quick entry (File menu) to see the projection.</source>
        <translation>No data yet: import a Rincian Saldo JHT or make a quick entry (File menu) to see the projection.</translation>
    </message>
    <message>
        <source>{low}–{high}% of outcomes</source>
        <translation>{low}–{high}% of outcomes</translation>
    </message>
    <message>
        <source>{paths} simulations, seed {seed}, spread of the return ±{ret}, wage growth ±{growth}, inflation ±{inf}</source>
        <translation>{paths} simulations, seed {seed}, spread of the return ±{ret}, wage growth ±{growth}, inflation ±{inf}</translation>
    </message>
    <message>
        <source>; a career gap of {months} months starts with a chance of {chance} a year</source>
        <translation>; a career gap of {months} months starts with a chance of {chance} a year</translation>
    </message>
    <message>
        <source>Preview: {text} ({paths} simulations once the slider rests)</source>
        <translation>Preview: {text} ({paths} simulations once the slider rests)</translation>
    </message>
    <message>
        <source>(updating…)</source>
        <translation>(updating…)</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>in today's value</source>
        <translation>in today's value</translation>
    </message>
    <message>
        <source>a monthly JHT income of {pct} of the last wage</source>
        <translation>a monthly JHT income of {pct} of the last wage</translation>
    </message>
    <message>
        <source>a net balance of {amount} ({unit})</source>
        <translation>a net balance of {amount} ({unit})</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Chance of reaching the target</translation>
    </message>
    <message>
        <source>Simulating {target}…</source>
        <translation>Simulating {target}…</translation>
    </message>
    <message>
        <source>Target: {target}. {sims}</source>
        <translation>Target: {target}. {sims}</translation>
    </message>
    <message>
        <source>{paths} simulations, seed {seed}</source>
        <translation>{paths} simulations, seed {seed}</translation>
    </message>
    <message>
        <source>(preview; {paths} simulations once the slider rests)</source>
        <translation>(preview; {paths} simulations once the slider rests)</translation>
    </message>
    <message>
        <source>{months} contribution months</source>
        <translation>{months} contribution months</translation>
    </message>
    <message>
        <source>JP pension per month, age {age}</source>
        <translation>JP pension per month, age {age}</translation>
    </message>
    <message>
        <source>From {date}; {months}; before tax</source>
        <translation>From {date}; {months}; before tax</translation>
    </message>
    <message>
        <source>JP lump sum, age {age}</source>
        <translation>JP lump sum, age {age}</translation>
    </message>
    <message>
        <source>Paid once on {date}: {months}, fewer than the {min} a pension needs</source>
        <translation>Paid once on {date}: {months}, fewer than the {min} a pension needs</translation>
    </message>
    <message>
        <source>JP could not be estimated: {reason}</source>
        <translation>JP could not be estimated: {reason}</translation>
    </message>
    <message>
        <source>JP is not shown: your statements do not show JP months (Masa Iuran JP); you can type them under What if….</source>
        <translation>JP is not shown: your statements do not show JP months (Masa Iuran JP); you can type them under What if….</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Balance now</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>as of {date}</translation>
    </message>
    <message>
        <source>At claim</source>
        <translation>At claim</translation>
    </message>
    <message>
        <source>Net after tax</source>
        <translation>Net after tax</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>At claim, age {age}</source>
        <translation>At claim, age {age}</translation>
    </message>
    <message>
        <source>{date}; {amount} {unit}</source>
        <translation>{date}; {amount} {unit}</translation>
    </message>
    <message>
        <source>Final PPh 21 of {tax} (nominal) if paid within two years</source>
        <translation>Final PPh 21 of {tax} (nominal) if paid within two years</translation>
    </message>
    <message>
        <source>Monthly income for {years} years</source>
        <translation>Monthly income for {years} years</translation>
    </message>
    <message>
        <source>From the net amount, earning {ret} a year and rising with {inf} inflation</source>
        <translation>From the net amount, earning {ret} a year and rising with {inf} inflation</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>The card number (KPJ) must have {0} digits, or leave it empty.</source>
        <translation>The card number (KPJ) must have {0} digits, or leave it empty.</translation>
    </message>
    <message>
        <source>{0} is missing.</source>
        <translation>{0} is missing.</translation>
    </message>
    <message>
        <source>{0} is not a rupiah amount: {1}</source>
        <translation>{0} is not a rupiah amount: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be negative.</source>
        <translation>{0} cannot be negative.</translation>
    </message>
    <message>
        <source>The JHT balance</source>
        <translation>The JHT balance</translation>
    </message>
    <message>
        <source>The balance date</source>
        <translation>The balance date</translation>
    </message>
    <message>
        <source>The monthly wage</source>
        <translation>The monthly wage</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>The birth date</translation>
    </message>
    <message>
        <source>Quick entry of the JHT balance</source>
        <translation>Quick entry of the JHT balance</translation>
    </message>
    <message>
        <source>No statement PDF? Copy the figures from the JMO app (Jaminan Hari Tua &gt; Cek Saldo).</source>
        <translation>No statement PDF? Copy the figures from the JMO app (Jaminan Hari Tua &gt; Cek Saldo).</translation>
    </message>
    <message>
        <source>JHT &amp;balance (Rp):</source>
        <translation>JHT &amp;balance (Rp):</translation>
    </message>
    <message>
        <source>Balance &amp;date:</source>
        <translation>Balance &amp;date:</translation>
    </message>
    <message>
        <source>Current monthly &amp;wage (Rp):</source>
        <translation>Current monthly &amp;wage (Rp):</translation>
    </message>
    <message>
        <source>e.g. 25,000,000 or 25 million</source>
        <translation>e.g. 25,000,000 or 25 million</translation>
    </message>
    <message>
        <source>e.g. 5,000,000 or 5.1 million</source>
        <translation>e.g. 5,000,000 or 5.1 million</translation>
    </message>
    <message>
        <source>e.g. 31 December 2024 or 31-12-2024</source>
        <translation>e.g. 31 December 2024 or 31-12-2024</translation>
    </message>
    <message>
        <source>e.g. 1 February 1990 or 01-02-1990</source>
        <translation>e.g. 1 February 1990 or 01-02-1990</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>Quick entry: balance {0}</source>
        <translation>Quick entry: balance {0}</translation>
    </message>
    <message>
        <source>Birth da&amp;te:</source>
        <translation>Birth da&amp;te:</translation>
    </message>
    <message>
        <source>{0} is not a valid date: {1} (write for example 31 December 2024 or 31-12-2024).</source>
        <translation>{0} is not a valid date: {1} (write for example 31 December 2024 or 31-12-2024).</translation>
    </message>
    <message>
        <source>&amp;Card number (KPJ, optional):</source>
        <translation>&amp;Card number (KPJ, optional):</translation>
    </message>
    <message>
        <source>&amp;Employer (optional):</source>
        <translation>&amp;Employer (optional):</translation>
    </message>
    <message>
        <source>Your birth date sets the day you can claim your JHT at the retirement age.</source>
        <translation>Your birth date sets the day you can claim your JHT at the retirement age.</translation>
    </message>
    <message>
        <source>The wage your employer reports to BPJS; for BPU, the income you declare.</source>
        <translation>The wage your employer reports to BPJS; for BPU, the income you declare.</translation>
    </message>
    <message>
        <source>The card number is kept on this computer only and shown masked.</source>
        <translation>The card number is kept on this computer only and shown masked.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Check the import</source>
        <translation>Check the import</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{0} statement years and {1} contribution rows to add</source>
        <translation>{0} statement years and {1} contribution rows to add</translation>
    </message>
    <message>
        <source>{0} differing from what is saved</source>
        <translation>{0} differing from what is saved</translation>
    </message>
    <message>
        <source>Opening {0}, contributions {1}, development {2}, closing {3}; {4} new contribution rows</source>
        <translation>Opening {0}, contributions {1}, development {2}, closing {3}; {4} new contribution rows</translation>
    </message>
    <message>
        <source>Closing balance {0}; {1} new contribution rows</source>
        <translation>Closing balance {0}; {1} new contribution rows</translation>
    </message>
    <message>
        <source>{0} new contribution rows</source>
        <translation>{0} new contribution rows</translation>
    </message>
    <message>
        <source>{0} statement years and {1} contribution rows are already saved.</source>
        <translation>{0} statement years and {1} contribution rows are already saved.</translation>
    </message>
    <message>
        <source>This file was imported before on {0}.</source>
        <translation>This file was imported before on {0}.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>development</source>
        <translation>development</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>{0}: saved {1}, file {2}</source>
        <translation>{0}: saved {1}, file {2}</translation>
    </message>
    <message>
        <source>Paid on {0}: saved JHT {1}, file {2}</source>
        <translation>Paid on {0}: saved JHT {1}, file {2}</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Will be added</translation>
    </message>
    <message>
        <source>Differ from what is saved</source>
        <translation>Differ from what is saved</translation>
    </message>
    <message>
        <source>Already saved, skipped</source>
        <translation>Already saved, skipped</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Could not be read</translation>
    </message>
    <message>
        <source>Card / file / finding</source>
        <translation>Card / file / finding</translation>
    </message>
    <message>
        <source>already saved (years and rows): {0}</source>
        <translation>already saved (years and rows): {0}</translation>
    </message>
    <message>
        <source>findings: {0}</source>
        <translation>findings: {0}</translation>
    </message>
    <message>
        <source>files that could not be read: {0}</source>
        <translation>files that could not be read: {0}</translation>
    </message>
    <message>
        <source>Replace the saved figures with the file's where they differ</source>
        <translation>Replace the saved figures with the file's where they differ</translation>
    </message>
    <message>
        <source>Unticked, what is saved stays and each difference is kept as a finding.</source>
        <translation>Unticked, what is saved stays and each difference is kept as a finding.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Save. Cancel leaves your data as it was.</source>
        <translation>Nothing is saved until you press Save. Cancel leaves your data as it was.</translation>
    </message>
    <message>
        <source>There is nothing new to save.</source>
        <translation>There is nothing new to save.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Baseline (your data, default assumptions)</source>
        <translation>Baseline (your data, default assumptions)</translation>
    </message>
    <message>
        <source>Current what-if</source>
        <translation>Current what-if</translation>
    </message>
    <message>
        <source>Draw this scenario on the projection chart (at most {0}).</source>
        <translation>Draw this scenario on the projection chart (at most {0}).</translation>
    </message>
    <message>
        <source>{0} (age {1})</source>
        <translation>{0} (age {1})</translation>
    </message>
    <message>
        <source>No projection yet</source>
        <translation>No projection yet</translation>
    </message>
    <message>
        <source>Balance {0} on {1}</source>
        <translation>Balance {0} on {1}</translation>
    </message>
    <message>
        <source>wage {0}</source>
        <translation>wage {0}</translation>
    </message>
    <message>
        <source>wage growth {0}</source>
        <translation>wage growth {0}</translation>
    </message>
    <message>
        <source>return {0}</source>
        <translation>return {0}</translation>
    </message>
    <message>
        <source>inflation {0}</source>
        <translation>inflation {0}</translation>
    </message>
    <message>
        <source>stop working at {0}</source>
        <translation>stop working at {0}</translation>
    </message>
    <message>
        <source>break of {0} months</source>
        <translation>break of {0} months</translation>
    </message>
    <message>
        <source>At most {0} scenarios can be drawn on the chart; untick one first.</source>
        <translation>At most {0} scenarios can be drawn on the chart; untick one first.</translation>
    </message>
    <message>
        <source>Scenarios are saved with your own data, not in the demo.</source>
        <translation>Scenarios are saved with your own data, not in the demo.</translation>
    </message>
    <message>
        <source>Save the current what-if assumptions under a name.</source>
        <translation>Save the current what-if assumptions under a name.</translation>
    </message>
    <message>
        <source>Replace scenario</source>
        <translation>Replace scenario</translation>
    </message>
    <message>
        <source>A scenario named “{0}” exists. Replace it?</source>
        <translation>A scenario named “{0}” exists. Replace it?</translation>
    </message>
    <message>
        <source>Scenario {0}</source>
        <translation>Scenario {0}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>A scenario needs a name.</translation>
    </message>
    <message>
        <source>Save scenario “{0}”</source>
        <translation>Save scenario “{0}”</translation>
    </message>
    <message>
        <source>Replace scenario “{0}”</source>
        <translation>Replace scenario “{0}”</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>Saved “{0}”.</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>A scenario named “{0}” already exists.</source>
        <translation>A scenario named “{0}” already exists.</translation>
    </message>
    <message>
        <source>Rename scenario “{0}”</source>
        <translation>Rename scenario “{0}”</translation>
    </message>
    <message>
        <source>Delete scenario “{0}”</source>
        <translation>Delete scenario “{0}”</translation>
    </message>
    <message>
        <source>Deleted “{0}” (Edit &gt; Undo brings it back).</source>
        <translation>Deleted “{0}” (Edit &gt; Undo brings it back).</translation>
    </message>
    <message>
        <source>Load scenario “{0}”</source>
        <translation>Load scenario “{0}”</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Balance at claim</source>
        <translation>Balance at claim</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Difference %</source>
        <translation>Difference %</translation>
    </message>
    <message>
        <source>Compared with the baseline</source>
        <translation>Compared with the baseline</translation>
    </message>
    <message>
        <source>Save current &amp;as…</source>
        <translation>Save current &amp;as…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Rena&amp;me…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>Put this scenario's assumptions into the what-if panel</source>
        <translation>Put this scenario's assumptions into the what-if panel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>&amp;Scenarios panel</source>
        <translation>&amp;Scenarios panel</translation>
    </message>
</context>
<context>
    <name>UncertaintyPanel</name>
    <message>
        <source>Range of outcomes</source>
        <translation>Range of outcomes</translation>
    </message>
    <message>
        <source>Show the &amp;range on the chart</source>
        <translation>Show the &amp;range on the chart</translation>
    </message>
    <message>
        <source>Many simulated paths, each with its own yearly return, wage growth and inflation drawn around your assumptions. Half of the paths end inside the darker band (P25–P75), eight in ten inside the lighter one (P10–P90).</source>
        <translation>Many simulated paths, each with its own yearly return, wage growth and inflation drawn around your assumptions. Half of the paths end inside the darker band (P25–P75), eight in ten inside the lighter one (P10–P90).</translation>
    </message>
    <message>
        <source>Spreads per year</source>
        <translation>Spreads per year</translation>
    </message>
    <message>
        <source>Target at claim (after tax)</source>
        <translation>Target at claim (after tax)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Re&amp;turn spread (±)</source>
        <translation>Re&amp;turn spread (±)</translation>
    </message>
    <message>
        <source>Wage-&amp;growth spread (±)</source>
        <translation>Wage-&amp;growth spread (±)</translation>
    </message>
    <message>
        <source>In&amp;flation spread (±)</source>
        <translation>In&amp;flation spread (±)</translation>
    </message>
    <message>
        <source>&amp;Chance a career gap starts, per year</source>
        <translation>&amp;Chance a career gap starts, per year</translation>
    </message>
    <message>
        <source>Length of each &amp;gap</source>
        <translation>Length of each &amp;gap</translation>
    </message>
    <message>
        <source>T&amp;arget</source>
        <translation>T&amp;arget</translation>
    </message>
    <message>
        <source>Net balance at claim</source>
        <translation>Net balance at claim</translation>
    </message>
    <message>
        <source>Monthly JHT income, share of the last wage</source>
        <translation>Monthly JHT income, share of the last wage</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Simulated &amp;paths</source>
        <translation>Simulated &amp;paths</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Rupiah, today's value</source>
        <translation>Rupiah, today's value</translation>
    </message>
    <message>
        <source>Rupiah at the claim date</source>
        <translation>Rupiah at the claim date</translation>
    </message>
    <message>
        <source>Share of the last wage</source>
        <translation>Share of the last wage</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Back to the &amp;defaults</source>
        <translation>Back to the &amp;defaults</translation>
    </message>
    <message>
        <source>&amp;New seed</source>
        <translation>&amp;New seed</translation>
    </message>
    <message>
        <source>The same seed, paths and spreads always give the same bands.</source>
        <translation>The same seed, paths and spreads always give the same bands.</translation>
    </message>
    <message>
        <source>How far the yearly return may stray from your assumption (one standard deviation). Never below the legal floor.</source>
        <translation>How far the yearly return may stray from your assumption (one standard deviation). Never below the legal floor.</translation>
    </message>
    <message>
        <source>Each simulated year, the chance that a spell without contributions begins.</source>
        <translation>Each simulated year, the chance that a spell without contributions begins.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to JHT Planner</source>
        <translation>Welcome to JHT Planner</translation>
    </message>
    <message>
        <source>See how your JHT (Jaminan Hari Tua) balance has grown and what it may be at the claim age. Your data stays on this computer.</source>
        <translation>See how your JHT (Jaminan Hari Tua) balance has grown and what it may be at the claim age. Your data stays on this computer.</translation>
    </message>
    <message>
        <source>Import a Rincian Saldo JHT…</source>
        <translation>Import a Rincian Saldo JHT…</translation>
    </message>
    <message>
        <source>The PDF statement you can download from the JMO app. You can also drop the files on this window.</source>
        <translation>The PDF statement you can download from the JMO app. You can also drop the files on this window.</translation>
    </message>
    <message>
        <source>Quick entry…</source>
        <translation>Quick entry…</translation>
    </message>
    <message>
        <source>Type your balance, its date, your birth date and your wage.</source>
        <translation>Type your balance, its date, your birth date and your wage.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>Look around with a fictional member's statements. Nothing is saved.</source>
        <translation>Look around with a fictional member's statements. Nothing is saved.</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Assumptions per year</source>
        <translation>Assumptions per year</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Career break (no contributions)</source>
        <translation>Career break (no contributions)</translation>
    </message>
    <message>
        <source>Wage change</source>
        <translation>Wage change</translation>
    </message>
    <message>
        <source>&amp;Wage growth</source>
        <translation>&amp;Wage growth</translation>
    </message>
    <message>
        <source>&amp;Return (hasil pengembangan)</source>
        <translation>&amp;Return (hasil pengembangan)</translation>
    </message>
    <message>
        <source>&amp;Inflation</source>
        <translation>&amp;Inflation</translation>
    </message>
    <message>
        <source>Current monthly wa&amp;ge</source>
        <translation>Current monthly wa&amp;ge</translation>
    </message>
    <message>
        <source>Break s&amp;tarts</source>
        <translation>Break s&amp;tarts</translation>
    </message>
    <message>
        <source>Brea&amp;k length (months)</source>
        <translation>Brea&amp;k length (months)</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>Fr&amp;om</translation>
    </message>
    <message>
        <source>My wage will &amp;change</source>
        <translation>My wage will &amp;change</translation>
    </message>
    <message>
        <source>&amp;Stop working at age</source>
        <translation>&amp;Stop working at age</translation>
    </message>
    <message>
        <source>&amp;New monthly wage</source>
        <translation>&amp;New monthly wage</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Nominal rise of your wage each 1 January.</source>
        <translation>Nominal rise of your wage each 1 January.</translation>
    </message>
    <message>
        <source>The yearly return BPJS Ketenagakerjaan credits to the JHT balance.</source>
        <translation>The yearly return BPJS Ketenagakerjaan credits to the JHT balance.</translation>
    </message>
    <message>
        <source>Used for today's value and for the monthly income.</source>
        <translation>Used for today's value and for the monthly income.</translation>
    </message>
</context>
<context>
    <name>WithdrawalView</name>
    <message>
        <source>Keep it until age {age}</source>
        <translation>Keep it until age {age}</translation>
    </message>
    <message>
        <source>Cash out on resigning</source>
        <translation>Cash out on resigning</translation>
    </message>
    <message>
        <source>Resign on {date}, cash out on {paid}</source>
        <translation>Resign on {date}, cash out on {paid}</translation>
    </message>
    <message>
        <source>; new job from {date} at {wage} a month</source>
        <translation>; new job from {date} at {wage} a month</translation>
    </message>
    <message>
        <source>Partial claim of {pct}%</source>
        <translation>Partial claim of {pct}%</translation>
    </message>
    <message>
        <source>Partial claim of {pct}% on {date}</source>
        <translation>Partial claim of {pct}% on {date}</translation>
    </message>
    <message>
        <source>{amount} on {date}</source>
        <translation>{amount} on {date}</translation>
    </message>
    <message>
        <source>today's value</source>
        <translation>today's value</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Paid early
(net, {unit})</source>
        <translation>Paid early
(net, {unit})</translation>
    </message>
    <message>
        <source>Paid at the claim date
(net, {unit})</source>
        <translation>Paid at the claim date
(net, {unit})</translation>
    </message>
    <message>
        <source>Total value
(net, today's value)</source>
        <translation>Total value
(net, today's value)</translation>
    </message>
    <message>
        <source>Cost against keeping
(today's value)</source>
        <translation>Cost against keeping
(today's value)</translation>
    </message>
    <message>
        <source>Import a statement or make a quick entry to compare the choices.</source>
        <translation>Import a statement or make a quick entry to compare the choices.</translation>
    </message>
    <message>
        <source>Withdrawal choices side by side</source>
        <translation>Withdrawal choices side by side</translation>
    </message>
    <message>
        <source>Compare &amp;cashing out everything</source>
        <translation>Compare &amp;cashing out everything</translation>
    </message>
    <message>
        <source>Later a &amp;new job (a new JHT balance)</source>
        <translation>Later a &amp;new job (a new JHT balance)</translation>
    </message>
    <message>
        <source>Partial claim (once, after {years} years of membership)</source>
        <translation>Partial claim (once, after {years} years of membership)</translation>
    </message>
    <message>
        <source>Compare a &amp;partial claim</source>
        <translation>Compare a &amp;partial claim</translation>
    </message>
    <message>
        <source>Member &amp;since</source>
        <translation>Member &amp;since</translation>
    </message>
    <message>
        <source>Alrea&amp;dy claimed part on</source>
        <translation>Alrea&amp;dy claimed part on</translation>
    </message>
    <message>
        <source>New &amp;job from</source>
        <translation>New &amp;job from</translation>
    </message>
    <message>
        <source>Sh&amp;are</source>
        <translation>Sh&amp;are</translation>
    </message>
    <message>
        <source>&amp;Resign on</source>
        <translation>&amp;Resign on</translation>
    </message>
    <message>
        <source>New monthly &amp;wage</source>
        <translation>New monthly &amp;wage</translation>
    </message>
    <message>
        <source>Claim &amp;on</source>
        <translation>Claim &amp;on</translation>
    </message>
    <message>
        <source>{pct}% (preparing for retirement)</source>
        <translation>{pct}% (preparing for retirement)</translation>
    </message>
    <message>
        <source>{pct}% (housing)</source>
        <translation>{pct}% (housing)</translation>
    </message>
    <message>
        <source>Withdrawal choices</source>
        <translation>Withdrawal choices</translation>
    </message>
</context>
<context>
    <name>_Retranslator</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>The user guide, on this computer</source>
        <translation>The user guide, on this computer</translation>
    </message>
</context>
</TS>
