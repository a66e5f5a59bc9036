"""The words of the PDF report, in Bahasa Indonesia (first) and English."""
from __future__ import annotations

from planner import texts
from planner.errors import Message

TEXT: dict[str, tuple[str, str]] = {
    # document
    "title": ("Laporan Proyeksi JHT", "JHT Projection Report"),
    "subject": ("Proyeksi saldo JHT (Jaminan Hari Tua) BPJS Ketenagakerjaan sampai usia klaim",
                "Projection of the JHT (BPJS Ketenagakerjaan old-age savings) balance to the claim age"),
    "subtitle": ("Jaminan Hari Tua BPJS Ketenagakerjaan · dicetak {date}",
                 "BPJS Ketenagakerjaan old-age savings (Jaminan Hari Tua) · printed {date}"),
    "page_of": ("Halaman {n} dari {m}", "Page {n} of {m}"),
    "footer_left": ("jht-planner {version} · perkiraan untuk perencanaan, bukan dokumen resmi",
                    "jht-planner {version} · an estimate for planning, not an official document"),
    "running_head": ("{title} · {name}", "{title} · {name}"),
    "continued": ("(lanjutan)", "(continued)"),
    "dash": ("–", "–"),
    # summary
    "sec_summary": ("Ringkasan", "Summary"),
    "member": ("Peserta", "Member"),
    "name": ("Nama", "Name"),
    "nik": ("NIK", "NIK"),
    "kpj": ("Nomor kartu (KPJ)", "Card number (KPJ)"),
    "birth_date": ("Tanggal lahir", "Birth date"),
    "segment": ("Kepesertaan", "Membership"),
    "source": ("Sumber data", "Data source"),
    "source_quick": ("Entri cepat (saldo dan upah yang diketik)", "Quick entry (typed balance and wage)"),
    "source_statements": ("{n} laporan Rincian Saldo JHT yang diimpor", "{n} imported Rincian Saldo JHT statements"),
    "source_stored": ("Data tersimpan: {n} laporan Rincian Saldo JHT", "Stored data: {n} Rincian Saldo JHT statements"),
    "source_demo": ("Data demo (fiktif)", "Demo data (fictional)"),
    "ids_masked": ("NIK dan KPJ disamarkan; nomor lengkapnya bisa dipilih saat membuat laporan.",
                   "NIK and KPJ are masked; the full numbers can be chosen when making the report."),
    "key_figures": ("Angka utama", "Key figures"),
    "saldo_asof": ("Saldo JHT per {date}", "JHT balance as of {date}"),
    "at_claim": ("Perkiraan saldo saat klaim, {date} (usia {age})", "Projected balance at claim, {date} (age {age})"),
    "at_claim_real": ("Saldo saat klaim dalam nilai uang hari ini", "Balance at claim in today's rupiah"),
    "tax": ("Pajak final PPh 21 atas pencairan sekaligus", "Final income tax (PPh 21) on the lump sum"),
    "net": ("Bersih diterima (nominal / nilai kini)", "Net received (nominal / today's rupiah)"),
    "jp": ("Jaminan Pensiun (JP)", "Pension (Jaminan Pensiun, JP)"),
    "jp_monthly": ("{amount} per bulan mulai {date} (usia {age}; {months} bulan iuran)",
                   "{amount} a month from {date} (age {age}; {months} contribution months)"),
    "jp_lump": ("Dibayar sekaligus {amount} pada {date} (usia {age}; {months} bulan iuran, kurang dari 15 tahun)",
                "Paid once as {amount} on {date} (age {age}; {months} contribution months, under 15 years)"),
    "jp_monthly_short": ("{amount}/bulan mulai {date}", "{amount}/month from {date}"),
    "jp_lump_short": ("sekaligus {amount} pada {date}", "once, {amount} on {date}"),
    "adequacy": ("Kecukupan", "Adequacy"),
    "chance": ("Peluang mencapai target: {target}", "Chance of reaching the target: {target}"),
    "target_real": ("saldo bersih {amount} (nilai kini)", "a net balance of {amount} (today's rupiah)"),
    "target_nominal": ("saldo bersih {amount} (nominal saat klaim)", "a net balance of {amount} (rupiah at claim)"),
    "target_pct_wage": ("penghasilan bulanan {pct} dari upah terakhir", "a monthly income of {pct} of the last wage"),
    "net_range": ("Rentang saldo bersih saat klaim, P10–P90 (simulasi)", "Range of the net balance at claim, P10–P90 (simulated)"),
    "chance_plain": ("Peluang mencapai target", "Chance of reaching the target"),
    "not_computed": ("tidak dihitung", "not computed"),
    "no_mc": ("tidak dihitung (tanpa simulasi Monte Carlo)", "not computed (no Monte Carlo simulation)"),
    "no_target": ("tidak dihitung (tanpa target)", "not computed (no target given)"),
    "assumptions_line": ("Asumsi: kenaikan upah {g} per tahun, hasil pengembangan {r} per tahun, inflasi {i} per tahun, "
                         "iuran sampai usia {stop}{extra}, klaim di usia {claim}.",
                         "Assumptions: wage growth {g} a year, return {r} a year, inflation {i} a year, "
                         "contributions until age {stop}{extra}, claim at age {claim}."),
    "official": ("Angka resmi adalah yang tercantum di aplikasi JMO (BPJS Ketenagakerjaan). Laporan ini adalah "
                 "perkiraan untuk perencanaan berdasarkan data dan asumsi di atas, bukan bukti saldo.",
                 "The official figures are those shown in the JMO app (BPJS Ketenagakerjaan). This report is an "
                 "estimate for planning, based on the data and assumptions above; it is not proof of a balance."),
    "r_mark_note": ("Angka bertanda [R] memakai angka yang banyak dikutip atau asumsi perencana, bukan angka yang "
                    "sudah kami baca sendiri di peraturannya: {names}. Angka sebenarnya bisa berbeda; periksa "
                    "sebelum mengandalkannya.",
                    "Figures marked [R] use values that are widely repeated, or the planner's own assumptions, "
                    "rather than values we read in the regulation itself: {names}. The real figures may differ; "
                    "check them before relying on them."),
    "findings_count": ("Temuan audit: {errors} kesalahan, {warnings} peringatan, {infos} info (lihat bagian Temuan audit).",
                       "Audit findings: {errors} errors, {warnings} warnings, {infos} notes (see Audit findings)."),
    "stale_count": ("{n} parameter aturan yang dipakai sudah melewati tanggal tinjau ulang (lihat bagian Asumsi dan aturan).",
                    "{n} rule parameters used are past their review date (see Assumptions and rules)."),
    "chart_overview": ("Saldo JHT dari tahun ke tahun", "JHT balance year by year"),
    # charts
    "legend_history": ("Saldo akhir (riwayat)", "Closing balance (history)"),
    "legend_nominal": ("Proyeksi (nominal)", "Projection (nominal)"),
    "legend_real": ("Proyeksi (nilai kini)", "Projection (today's rupiah)"),
    "legend_p50": ("Median simulasi (P50)", "Simulated median (P50)"),
    "legend_p10_90": ("Rentang P10–P90", "P10–P90 range"),
    "legend_p25_75": ("Rentang P25–P75", "P25–P75 range"),
    "legend_target": ("Target", "Target"),
    "legend_opening": ("Saldo awal", "Opening balance"),
    "legend_iuran": ("Iuran (kumulatif)", "Contributions (cumulative)"),
    "legend_dev": ("Pengembangan (kumulatif)", "Development (cumulative)"),
    "carried_note": ("Saldo kartu yang tidak punya laporan untuk suatu tahun dibawa ke tahun berikutnya dengan hasil "
                     "pengembangan yang diumumkan, atau batas bawahnya (PP 46/2015) bila belum diketahui: {items}. "
                     "Grafik memuatnya; tabel hanya memuat angka yang tercetak di laporan.",
                     "A card with no statement for a year is carried forward with the declared return, or its legal "
                     "floor (PP 46/2015) where none is known: {items}. The chart includes it; the table shows only "
                     "figures printed on the statements."),
    "axis_year": ("Tahun", "Year"),
    "claim": ("klaim", "claim"),
    # history
    "sec_history": ("Riwayat saldo", "Balance history"),
    "no_history": ("Tidak ada riwayat: data dari entri cepat, tanpa laporan Rincian Saldo JHT yang diimpor.",
                   "No history: the data come from quick entry, with no imported Rincian Saldo JHT statement."),
    "no_history_summary": ("Tidak ada riwayat saldo: data yang ada hanya baris iuran, tanpa ringkasan saldo per tahun.",
                           "No balance history: the data hold contribution rows only, without a yearly balance summary."),
    "history_intro": ("Per tahun, dijumlahkan atas {cards} kartu: saldo awal, iuran, pengembangan dan saldo akhir seperti "
                      "tertulis di laporan, serta hasil pengembangan efektif yang dihitung dari laporan.",
                      "Per year, summed over {cards} card(s): opening balance, contributions, development and closing "
                      "balance as printed, and the effective return computed from the statements."),
    "col_year": ("Tahun", "Year"),
    "col_cards": ("Kartu", "Cards"),
    "col_opening": ("Saldo awal", "Opening"),
    "col_iuran": ("Iuran", "Contributions"),
    "col_dev": ("Pengembangan", "Development"),
    "col_closing": ("Saldo akhir", "Closing"),
    "col_eff": ("Hasil\nefektif", "Effective\nreturn"),
    "col_age": ("Usia", "Age"),
    "col_wage": ("Upah per\nbulan", "Monthly\nwage"),
    "col_real": ("Saldo akhir\n(nilai kini)", "Closing\n(today's Rp)"),
    "col_proj": ("Proyeksi", "Projection"),
    # projection
    "sec_projection": ("Proyeksi", "Projection"),
    "projection_intro": ("Proyeksi dari saldo {balance} per {date} sampai tanggal klaim {claim}. Nilai kini = nominal dibagi "
                         "inflasi yang diasumsikan sejak tanggal saldo.",
                         "Projection from the balance of {balance} as of {date} to the claim date {claim}. Today's rupiah = "
                         "nominal divided by the assumed inflation since the balance date."),
    "projection_table": ("Tabel proyeksi per tahun", "Year-by-year projection"),
    "claim_row_note": ("Baris terakhir (tebal) adalah tahun klaim: pengembangan dihitung sampai bulan klaim.",
                       "The last (bold) row is the claim year: development is credited up to the claim month."),
    "bands_title": ("Rentang hasil (simulasi Monte Carlo)", "Range of outcomes (Monte Carlo simulation)"),
    "bands_intro": ("{paths} jalur acak dengan benih (seed) {seed}; sebaran per tahun: {spreads}. P10 berarti 10% jalur "
                    "berakhir di bawah angka itu. Nilai nominal.",
                    "{paths} random paths with seed {seed}; yearly spreads: {spreads}. P10 means 10% of the paths end "
                    "below that figure. Nominal values."),
    "bands_table": ("Rentang saldo akhir per tahun (nominal)", "Closing balance range by year (nominal)"),
    "no_bands": ("Tidak ada rentang hasil: simulasi Monte Carlo tidak dijalankan untuk laporan ini.",
                 "No range of outcomes: no Monte Carlo simulation was run for this report."),
    "spread_return": ("hasil pengembangan ±{v}", "return ±{v}"),
    "spread_growth": ("kenaikan upah ±{v}", "wage growth ±{v}"),
    "spread_gaps": ("jeda kerja acak: peluang {p} per tahun, {m} bulan", "random career gaps: {p} chance a year, {m} months"),
    "net_at_claim_nominal": ("Saldo bersih saat klaim (nominal)", "Net balance at claim (nominal)"),
    "net_at_claim_real": ("Saldo bersih saat klaim (nilai kini)", "Net balance at claim (today's rupiah)"),
    "spread_inflation": ("inflasi ±{v}", "inflation ±{v}"),
    "chance_sentence": ("Peluang saldo saat klaim mencapai {target}: {p}.", "Chance that the balance at claim reaches {target}: {p}."),
    # withdrawal, JP, adequacy
    "sec_options": ("Pilihan pencairan, JP dan kecukupan", "Withdrawal options, JP and adequacy"),
    "sec_withdrawal": ("Pilihan pencairan", "Withdrawal options"),
    "no_withdrawal": ("Tidak ada perbandingan pilihan pencairan untuk laporan ini.",
                      "No comparison of withdrawal options for this report."),
    "sec_jp": ("Jaminan Pensiun (JP)", "Pension (JP)"),
    "no_jp": ("JP tidak dihitung: hanya untuk peserta penerima upah, dan perlu riwayat iuran JP.",
              "JP not computed: it applies to wage earners only and needs a JP contribution history."),
    "opt_keep": ("Tetap sampai usia klaim", "Keep it until the claim age"),
    "opt_cash_out": ("Cairkan semua setelah berhenti kerja pada {date}", "Cash out everything after resigning on {date}"),
    "opt_new_job": ("kerja baru mulai {date} dengan upah {wage}", "a new job from {date} at {wage}"),
    "opt_partial": ("Klaim sebagian {share} pada {date}", "Partial claim of {share} on {date}"),
    "opt_partial_plain": ("Klaim sebagian", "Partial claim"),
    "opt_cash_out_plain": ("Cairkan semua setelah berhenti kerja", "Cash out everything after resigning"),
    "opt_refused": ("Tidak bisa:", "Not allowed:"),
    "opt_paid": ("{date}: bersih {net} (pajak {tax})", "{date}: net {net} (tax {tax})"),
    "opt_at_claim": ("saat klaim {date}: bersih {net} (pajak {tax})", "at claim {date}: net {net} (tax {tax})"),
    "col_option": ("Pilihan", "Option"),
    "col_payments": ("Dibayar", "Paid"),
    "col_value_real": ("Nilai\n(nilai kini, bersih)", "Value\n(today's Rp, net)"),
    "col_cost": ("Biaya\nvs tetap", "Cost\nvs keeping"),
    "partial_band_note": ("Apakah klaim sebagian memakai jatah bebas pajak klaim akhir belum dipastikan dari "
                          "peraturannya [R]; di sini dianggap tidak.",
                          "Whether a partial claim uses up part of the final claim's tax-free band is not verified in the "
                          "regulation [R]; here it is assumed not to."),
    "jp_age": ("Usia pensiun JP", "JP pension age"),
    "jp_date": ("Tanggal pensiun JP", "JP pension date"),
    "jp_months": ("Bulan iuran JP saat pensiun", "JP contribution months at pension"),
    "jp_benefit": ("Manfaat pensiun bulanan tahun pertama (nominal)", "Monthly pension, first year (nominal)"),
    "jp_benefit_real": ("Manfaat bulanan dalam nilai uang hari ini", "Monthly pension in today's rupiah"),
    "jp_avg_wage": ("Rata-rata upah terindeks per bulan", "Average indexed monthly wage"),
    "jp_bounds": ("Manfaat minimum – maksimum saat pensiun", "Minimum – maximum benefit at pension"),
    "jp_lump_label": ("Dibayar sekaligus saat usia pensiun (nominal)", "Paid once at the pension age (nominal)"),
    "jp_lump_real": ("Dibayar sekaligus, nilai uang hari ini", "Paid once, in today's rupiah"),
    "jp_clamped_min": ("Rumus memberi angka di bawah manfaat minimum; yang dibayar adalah minimumnya.",
                       "The formula gives less than the minimum benefit; the minimum is paid."),
    "jp_clamped_max": ("Rumus memberi angka di atas manfaat maksimum; yang dibayar adalah maksimumnya.",
                       "The formula gives more than the maximum benefit; the maximum is paid."),
    "jp_lump_why": ("Kurang dari {n} bulan iuran saat usia pensiun: JP dibayar sekaligus, bukan bulanan (PP 45/2015).",
                    "Fewer than {n} contribution months at pension age: JP is paid once, not monthly (PP 45/2015)."),
    "jp_estimated": ("Akumulasi iuran JP tidak tertulis di laporan; angka sekaligus dimulai dari perkiraan.",
                     "The accumulated JP contributions are not printed; the lump sum starts from an estimate."),
    "jp_note": ("JP adalah program terpisah dari JHT: manfaatnya tidak termasuk dalam saldo JHT di atas.",
                "JP is a separate programme from JHT: its benefit is not part of the JHT balance above."),
    "adequacy_short": ("{ratio} dari upah terakhir (minimum ILO {ilo})", "{ratio} of the last wage (ILO minimum {ilo})"),
    "adequacy_no_wage": ("tidak ada upah terakhir untuk dibandingkan", "no last wage to compare with"),
    "adeq_ratio": ("Rasio penggantian (penghasilan bulanan / upah terakhir)", "Replacement ratio (monthly income / last wage)"),
    "adeq_jht_income": ("Penghasilan bulanan dari JHT, dibagi {years} tahun (nilai kini)",
                        "Monthly income from JHT, spread over {years} years (today's rupiah)"),
    "adeq_jp_income": ("Manfaat bulanan JP (nilai kini)", "Monthly JP benefit (today's rupiah)"),
    "adeq_last_wage": ("Upah bulanan terakhir (nilai kini)", "Last monthly wage (today's rupiah)"),
    "adeq_ilo": ("Rasio minimum ILO (Konvensi 102)", "ILO minimum ratio (Convention 102)"),
    "adeq_target": ("Target rasio Anda", "Your target ratio"),
    "adeq_lump_added": ("JP dibayar sekaligus; jumlahnya ditambahkan ke modal JHT.",
                        "JP is paid as a lump sum; it is added to the JHT capital."),
    "adeq_note": ("Penghasilan dari JHT = saldo bersih saat klaim dibagi menjadi penghasilan bulanan yang naik mengikuti "
                  "inflasi, sementara sisanya tetap berkembang. JP dimulai pada usia pensiun JP, yang bisa lebih lambat "
                  "dari usia klaim JHT.",
                  "Income from JHT = the net balance at claim turned into a monthly income that rises with inflation "
                  "while the rest keeps earning. JP starts at the JP pension age, which can be later than the JHT "
                  "claim age."),
    "sec_adequacy": ("Kecukupan", "Adequacy"),
    "no_adequacy": ("Kecukupan tidak dihitung untuk laporan ini.", "Adequacy was not computed for this report."),
    # findings
    "sec_findings": ("Temuan audit", "Audit findings"),
    "no_findings_quick": ("Tidak ada temuan audit: tidak ada laporan yang diimpor (data dari entri cepat).",
                          "No audit findings: no statement was imported (the data come from quick entry)."),
    "no_findings": ("Tidak ada temuan: laporan yang diimpor konsisten dengan aturan yang diperiksa.",
                    "No findings: the imported statements agree with every rule checked."),
    "col_severity": ("Tingkat", "Severity"),
    "col_card": ("KPJ", "KPJ"),
    "col_periods": ("Periode", "Periods"),
    "col_finding": ("Temuan", "Finding"),
    "sev_error": ("Kesalahan", "Error"),
    "sev_warning": ("Peringatan", "Warning"),
    "sev_info": ("Info", "Info"),
    # assumptions and rules
    "sec_assumptions": ("Asumsi dan aturan", "Assumptions and rules"),
    "assumptions_table": ("Asumsi proyeksi", "Projection assumptions"),
    "col_item": ("Butir", "Item"),
    "col_value": ("Nilai", "Value"),
    "col_origin": ("Asal", "Origin"),
    "origin_user": ("diisi pengguna", "entered"),
    "origin_default": ("bawaan aturan", "rules default"),
    "origin_data": ("dari data", "from the data"),
    "a_balance": ("Saldo awal proyeksi", "Starting balance"),
    "a_asof": ("Tanggal saldo", "Balance date"),
    "a_birth": ("Tanggal lahir", "Birth date"),
    "a_wage": ("Upah bulanan", "Monthly wage"),
    "a_wage_bpu": ("Penghasilan bulanan yang dilaporkan", "Declared monthly income"),
    "a_segment": ("Kepesertaan", "Membership"),
    "a_growth": ("Kenaikan upah per tahun", "Wage growth a year"),
    "a_return": ("Hasil pengembangan per tahun", "Return a year"),
    "a_inflation": ("Inflasi per tahun", "Inflation a year"),
    "a_claim_age": ("Usia klaim", "Claim age"),
    "a_stop_age": ("Usia berhenti bekerja", "Stop-working age"),
    "a_claim_date": ("Tanggal klaim", "Claim date"),
    "a_break": ("Jeda kerja", "Career break"),
    "a_break_value": ("{months} bulan mulai {date}", "{months} months from {date}"),
    "a_change": ("Perubahan upah", "Wage change"),
    "a_change_value": ("{amount} mulai {date}", "{amount} from {date}"),
    "none": ("tidak ada", "none"),
    "years_value": ("{n} tahun", "{n} years"),
    "seg_PU": ("Penerima upah (PU)", "Wage earner (PU)"),
    "seg_BPU": ("Bukan penerima upah (BPU)", "Non-wage earner (BPU)"),
    "seg_PMI": ("Pekerja migran (PMI)", "Migrant worker (PMI)"),
    "rules_table": ("Parameter aturan yang dipakai", "Rule parameters used"),
    "col_param": ("Parameter", "Parameter"),
    "col_effective": ("Berlaku\nsejak", "Effective\nfrom"),
    "col_reference": ("Kepastian dan sumber", "Confidence and source"),
    "col_conf": ("Kepastian", "Confidence"),
    "col_verified": ("Diperiksa", "Verified"),
    "conf_legend": ("[C] dibaca di sumber publik; [R] banyak dikutip tetapi belum dibaca di peraturannya; "
                    "[calc] dihitung dari masukan bersumber.",
                    "[C] read in a public source; [R] widely repeated but not read in the regulation itself; "
                    "[calc] derived from sourced inputs."),
    "stale_title": ("Parameter yang perlu ditinjau ulang", "Parameters due for review"),
    "stale_item": ("{name}: terakhir diperiksa {verified}, seharusnya ditinjau ulang paling lambat {review}.",
                   "{name}: last verified {verified}, due for review by {review}."),
    "stale_none": ("Semua parameter yang dipakai masih dalam masa tinjau per {date}.",
                   "Every parameter used is within its review period as of {date}."),
    "provenance_title": ("Asal data yang diimpor", "Provenance of imported data"),
    "col_file": ("Berkas", "File"),
    "col_sha": ("SHA-256", "SHA-256"),
    "col_imported": ("Diimpor", "Imported"),
    "no_provenance": ("Tidak ada berkas yang diimpor: data dari entri cepat.",
                      "No file was imported: the data come from quick entry."),
    "method_title": ("Metode singkat", "The method in brief"),
    "method": (
        "Proyeksi dimulai sehari setelah tanggal saldo terakhir dan berakhir pada tanggal klaim (ulang tahun ke-{claim}, "
        "atau usia klaim yang dipilih). Iuran dihitung untuk setiap bulan yang hari pertamanya sebelum tanggal klaim dan "
        "sebelum tanggal berhenti bekerja: tarif × upah bulan itu ({rate} untuk penerima upah; {bpu} dari penghasilan yang "
        "dilaporkan untuk BPU). Upah naik sebesar kenaikan upah setiap 1 Januari.\n"
        "Hasil pengembangan dibukukan sekali setahun dan berbunga majemuk: pengembangan = saldo awal × r + Σ iuran bulan m "
        "× r × (12 − m)/12; pada tahun klaim hanya sampai bulan klaim. Nilai kini = nominal / (1 + inflasi)^t, dengan t "
        "waktu sejak tanggal saldo. Pajak: PPh 21 final ({tax}; PP 68/2009), "
        "bila dicairkan sekaligus dalam dua tahun.\n"
        "Hasil pengembangan efektif sebuah tahun dari laporan = Pengembangan / (Saldo Awal + Σ iuran bulan m × (12 − m)/12).",
        "The projection starts the day after the latest balance date and ends on the claim date (the {claim}th birthday, "
        "or the claim age chosen). A contribution is due for every month whose first day lies before both the claim date "
        "and the stop-working date: rate × that month's wage ({rate} for a wage earner; {bpu} of declared income for a BPU "
        "member). The wage rises by the wage-growth rate each 1 January.\n"
        "The return is booked once a year and compounds: development = opening × r + Σ contribution of month m × r × "
        "(12 − m)/12; in the claim year only up to the claim month. Today's rupiah = nominal / (1 + inflation)^t, with t "
        "the time since the balance date. Tax: final PPh 21 ({tax}; PP 68/2009) "
        "when paid as a lump sum within two years.\n"
        "A statement year's effective return = Development / (Opening + Σ contribution of month m × (12 − m)/12)."),
    # rule values
    "yes": ("ya", "yes"),
    "no": ("tidak", "no"),
    "bracket_band": ("{rate} s.d. {upto}", "{rate} up to {upto}"),
    "bracket_top": ("{rate} di atasnya", "{rate} above"),
    "months_value": ("{n} bulan", "{n} months"),
    "day_value": ("tanggal {n}", "day {n}"),
    # errors
    "err_write": ("Laporan tidak dapat ditulis ke {path}: {reason}.", "The report cannot be written to {path}: {reason}."),
    "written": ("Laporan ditulis: {path} ({pages} halaman, {kb} kB).", "Report written: {path} ({pages} pages, {kb} kB)."),
    "err_demo_missing": ("Data demo belum tersedia di versi ini; pakai entri cepat (--balance, --as-of, --birth-date, --wage).",
                         "Demo data are not available in this version; use quick entry (--balance, --as-of, --birth-date, --wage)."),
    "err_no_folder": ("foldernya tidak ada", "the folder does not exist"),
    "err_no_permission": ("tidak ada izin menulis di sana", "there is no permission to write there"),
    "err_disk_full": ("disk penuh", "the disk is full"),
    "err_is_folder": ("itu sebuah folder", "it is a folder"),
    "err_suffix": ("Nama berkas laporan harus berakhiran .pdf: {path}.", "The report file name must end in .pdf: {path}."),
}

# Indonesian names of the rule parameters a report is likely to show; others fall back to the
# rules file's (English) label.
RULE_LABELS_ID: dict[str, str] = {
    "jht.rate_employer": "Iuran JHT, bagian pemberi kerja (PU)",
    "jht.rate_worker": "Iuran JHT, bagian pekerja (PU)",
    "jht.rate_bpu": "Iuran JHT peserta BPU, dari penghasilan yang dilaporkan",
    "jht.bpu_min_income": "Penghasilan terendah yang boleh dilaporkan peserta BPU",
    "jht.claim_age": "Usia pencairan JHT",
    "jht.payment_deadline_day": "Batas setor iuran: tanggal di bulan berikutnya",
    "jht.partial_claim_min_years": "Masa kepesertaan sebelum klaim sebagian",
    "jht.partial_claim_housing": "Klaim sebagian terbesar untuk perumahan",
    "jht.partial_claim_retirement": "Klaim sebagian terbesar untuk persiapan pensiun",
    "jht.declared_return": "Hasil pengembangan JHT yang diumumkan",
    "jht.return_floor": "Batas bawah hasil pengembangan (rata-rata deposito 1 tahun bank BUMN)",
    "tax.final_lump_sum": "PPh 21 final atas JHT yang dicairkan sekaligus dalam 2 tahun",
    "tax.progressive_pasal17": "Tarif progresif Pasal 17 (pencairan mulai tahun ke-3)",
    "tax.partial_claim_shares_band": "Klaim sebagian memakai jatah Rp50 juta bebas pajak (diasumsikan tidak)",
    "macro.default_wage_growth": "Asumsi kenaikan upah nominal per tahun",
    "macro.default_return": "Asumsi hasil pengembangan JHT per tahun",
    "macro.default_inflation": "Asumsi inflasi: sasaran Bank Indonesia",
    "macro.default_gdp_growth": "Asumsi pertumbuhan PDB (untuk batas upah JP)",
    "macro.cpi_december": "Inflasi IHK Desember (tahunan)",
    "macro.gdp_growth": "Pertumbuhan PDB riil",
    "macro.ilo_min_replacement": "Rasio penggantian minimum ILO untuk manfaat hari tua",
    "macro.payout_years": "Lama pembagian saldo menjadi penghasilan bulanan (tampilan)",
    "jp.rate_employer": "Iuran JP, bagian pemberi kerja",
    "jp.rate_worker": "Iuran JP, bagian pekerja",
    "jp.wage_ceiling": "Batas upah JP per bulan (berlaku tiap Maret)",
    "jp.min_benefit": "Manfaat pensiun JP minimum per bulan",
    "jp.max_benefit": "Manfaat pensiun JP maksimum per bulan",
    "jp.pension_age": "Usia pensiun JP",
    "jp.min_months_for_pension": "Bulan iuran JP yang dibutuhkan untuk pensiun bulanan; kurang dari itu dibayar sekaligus",
    "jht.declared_return_2023_estimate": "Hasil pengembangan JHT 2023, dihitung dari pendapatan dan dana",
    "jht.resignation_wait_months": "Masa tunggu pencairan penuh setelah berhenti kerja",
    "macro.return_spread": "Monte Carlo: sebaran (simpangan baku) hasil pengembangan per tahun",
    "macro.growth_spread": "Monte Carlo: sebaran (simpangan baku) kenaikan upah per tahun",
    "macro.inflation_spread": "Monte Carlo: sebaran (simpangan baku) inflasi per tahun",
    "macro.gap_chance": "Monte Carlo: peluang jeda kerja dimulai dalam setahun",
    "macro.gap_months": "Monte Carlo: lama satu jeda kerja",
    "jp.benefit_factor": "Faktor manfaat JP tahun pertama per tahun iuran",
}


def tr(lang: str, key: str, **params: object) -> str:
    id_text, en_text = TEXT[key]
    text = en_text if lang == "en" else id_text
    return text.format(**params) if params else text


def rule_source(name: str, reference: str, lang: str) -> str:
    """Where the rule parameter `name` comes from, in the member's words: the catalog's
    ``fit.source.<name>`` where the rules file's reference is a maintainer's note, else the
    reference itself (a citation such as "PP 46/2015 Ps. 16")."""
    key = f"fit.source.{name}"
    return texts.tr(key, lang) if key in texts.catalog() else reference


# Withdrawal refusals (planner.withdrawal codes) that mean a fact is missing, not that the rules forbid.
NEEDS_INPUT = frozenset({"partial_needs_membership"})


def withdrawal_units(lang: str, real: bool) -> str:
    """The withdrawal table's footnote: the payment columns in nominal rupiah (or today's, when
    the window shows today's value), the total value and the cost always in today's rupiah."""
    unit = texts.tr("fit.unit.today" if real else "fit.unit.nominal", lang)
    return texts.tr("fit.withdrawal.units", lang, paid_unit=unit)


def refusal_text(refusal: Message, lang: str) -> str:
    """Why a withdrawal choice is not shown: "not allowed" with the rule's reason, or, when a
    fact is missing (planner.workspace.NEEDS_INPUT), what it needs."""
    reason = refusal.text(lang)
    if refusal.code in NEEDS_INPUT:
        return texts.tr("fit.withdrawal.needs_input", lang, reason=reason)
    return tr(lang, "opt_refused") + " " + reason
