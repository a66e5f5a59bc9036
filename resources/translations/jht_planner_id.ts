<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About JHT Planner</source>
        <translation>Tentang Perencana JHT</translation>
    </message>
    <message>
        <source>JHT Planner</source>
        <translation>Perencana JHT</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versi {version}</translation>
    </message>
    <message>
        <source>Rules and rates checked against their sources up to {date}.</source>
        <translation>Aturan dan tarif diperiksa terhadap sumbernya sampai {date}.</translation>
    </message>
    <message>
        <source>Some of them are due for review: look for a newer version of the planner.</source>
        <translation>Sebagian perlu ditinjau ulang: cari versi perencana yang lebih baru.</translation>
    </message>
    <message>
        <source>The planner's figures are estimates. The official figures of your JHT balance are those in the JMO app of BPJS Ketenagakerjaan.</source>
        <translation>Angka perencana ini perkiraan. Angka resmi saldo JHT Anda adalah yang ada di aplikasi JMO BPJS Ketenagakerjaan.</translation>
    </message>
    <message>
        <source>Your data stays on this computer: the planner never connects to the internet.</source>
        <translation>Data Anda tetap di komputer ini: perencana ini tidak pernah terhubung ke internet.</translation>
    </message>
    <message>
        <source>JHT Planner is free software under the MIT licence. It is built on:</source>
        <translation>Perencana JHT adalah perangkat lunak bebas dengan lisensi MIT. Dibangun di atas:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>lihat paketnya</translation>
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
        <translation>Basis data</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Card (KPJ)</source>
        <translation>Kartu (KPJ)</translation>
    </message>
    <message>
        <source>Month (BL-TH)</source>
        <translation>Bulan (BL-TH)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tgl setor</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Tgl posting</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Upah</translation>
    </message>
    <message>
        <source>Back pay</source>
        <translation>Rapel</translation>
    </message>
    <message>
        <source>JHT employer</source>
        <translation>JHT pemberi kerja</translation>
    </message>
    <message>
        <source>JHT worker</source>
        <translation>JHT pekerja</translation>
    </message>
    <message>
        <source>JHT contribution</source>
        <translation>Iuran JHT</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>The month the contribution is for</source>
        <translation>Bulan yang dibayar iurannya</translation>
    </message>
    <message>
        <source>The day the employer paid the contribution (Tgl Setor)</source>
        <translation>Tanggal pemberi kerja menyetor iuran (Tgl Setor)</translation>
    </message>
    <message>
        <source>The day BPJS booked the contribution (Tgl Posting)</source>
        <translation>Tanggal BPJS membukukan iuran (Tgl Posting)</translation>
    </message>
    <message>
        <source>Contributions for an earlier month paid later (Rapel)</source>
        <translation>Iuran bulan sebelumnya yang dibayar belakangan (Rapel)</translation>
    </message>
    <message>
        <source>No contribution recorded</source>
        <translation>Tidak ada iuran tercatat</translation>
    </message>
    <message>
        <source>Month {0}: the statement records no contribution.</source>
        <translation>Bulan {0}: rincian saldo tidak mencatat iuran.</translation>
    </message>
    <message>
        <source>Back pay (rapel): contributions for an earlier month paid later.</source>
        <translation>Rapel: iuran bulan sebelumnya yang dibayar belakangan.</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>You are looking at the demo: a fictional member, not your data.</source>
        <translation>Anda sedang melihat demo: peserta fiktif, bukan data Anda.</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Kembali ke data saya</translation>
    </message>
    <message>
        <source>Close the demo and open your own saved data</source>
        <translation>Tutup demo dan buka data Anda yang tersimpan</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Data Anda</translation>
    </message>
</context>
<context>
    <name>DriftBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>(The cards with a newer statement only.)</source>
        <translation>(Hanya kartu yang punya laporan lebih baru.)</translation>
    </message>
    <message>
        <source>The earlier projection is kept as the scenario “{name}”.</source>
        <translation>Proyeksi sebelumnya disimpan sebagai skenario “{name}”.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Summary does not add up</source>
        <translation>Ringkasan tidak cocok</translation>
    </message>
    <message>
        <source>Total (Jumlah) differs from the rows</source>
        <translation>Baris Jumlah berbeda dari rincian</translation>
    </message>
    <message>
        <source>Contributions in the summary differ from the rows</source>
        <translation>Iuran di ringkasan berbeda dari rincian</translation>
    </message>
    <message>
        <source>Contribution does not match the rate</source>
        <translation>Iuran tidak sesuai tarif</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Terlambat disetor</translation>
    </message>
    <message>
        <source>Reported wage below your wage</source>
        <translation>Upah yang dilaporkan di bawah upah Anda</translation>
    </message>
    <message>
        <source>Development differs from the declared return</source>
        <translation>Pengembangan berbeda dari yang diumumkan</translation>
    </message>
    <message>
        <source>Opening balance differs from last year's closing</source>
        <translation>Saldo awal berbeda dari saldo akhir tahun lalu</translation>
    </message>
    <message>
        <source>Months without contribution</source>
        <translation>Bulan tanpa iuran</translation>
    </message>
    <message>
        <source>Two different statements for one year</source>
        <translation>Dua rincian berbeda untuk satu tahun</translation>
    </message>
    <message>
        <source>Differs from what was saved before</source>
        <translation>Berbeda dari yang sudah tersimpan</translation>
    </message>
    <message>
        <source>No summary for this year</source>
        <translation>Tidak ada ringkasan untuk tahun ini</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide — JHT Planner</source>
        <translation>Panduan — Perencana JHT</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>All cards</source>
        <translation>Semua kartu</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Months: {0}</source>
        <translation>Bulan: {0}</translation>
    </message>
    <message>
        <source>No findings for this selection.</source>
        <translation>Tidak ada temuan untuk pilihan ini.</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Temuan ({0})</translation>
    </message>
    <message>
        <source>Closing balance {0}: {1} — balance before the statements {2}, cumulative contributions {3}, cumulative development {4}.</source>
        <translation>Saldo akhir {0}: {1} — saldo sebelum rincian {2}, iuran kumulatif {3}, pengembangan kumulatif {4}.</translation>
    </message>
    <message>
        <source>Includes {0} for cards without a statement for {1}: their last balance carried forward with the declared return, or its legal floor where none is known.</source>
        <translation>Termasuk {0} untuk kartu tanpa laporan tahun {1}: saldo terakhirnya dibawa dengan hasil pengembangan yang diumumkan, atau batas bawah menurut aturan bila belum diketahui.</translation>
    </message>
    <message>
        <source>A difference of {0} is not explained by the statements (see Findings).</source>
        <translation>Selisih {0} tidak dijelaskan oleh rincian (lihat Temuan).</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Kartu:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>Only rows with findings</source>
        <translation>Hanya baris dengan temuan</translation>
    </message>
    <message>
        <source>Show full card numbers</source>
        <translation>Tampilkan nomor kartu lengkap</translation>
    </message>
    <message>
        <source>Card (KPJ) numbers are masked unless you choose to show them.</source>
        <translation>Nomor kartu (KPJ) disamarkan kecuali Anda memilih menampilkannya.</translation>
    </message>
    <message>
        <source>Contributions by month</source>
        <translation>Iuran per bulan</translation>
    </message>
    <message>
        <source>No JHT data yet</source>
        <translation>Belum ada data JHT</translation>
    </message>
    <message>
        <source>Import a Rincian Saldo JHT (the PDF from the JMO app) with File &gt; Import, or drop the files on this window. No PDF? Type the balance JMO shows with a quick entry.</source>
        <translation>Impor Rincian Saldo JHT (PDF dari aplikasi JMO) lewat Berkas &gt; Impor, atau tarik berkasnya ke jendela ini. Tidak punya PDF? Ketik saldo yang ditampilkan JMO lewat entri cepat.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <source>Quick entry…</source>
        <translation>Entri cepat…</translation>
    </message>
    <message>
        <source>Balance before the statements</source>
        <translation>Saldo sebelum rincian</translation>
    </message>
    <message>
        <source>Cumulative contributions</source>
        <translation>Iuran kumulatif</translation>
    </message>
    <message>
        <source>Cumulative development</source>
        <translation>Pengembangan kumulatif</translation>
    </message>
    <message>
        <source>Cards without a statement that year (estimated: last balance carried forward)</source>
        <translation>Kartu tanpa rincian tahun itu (perkiraan: saldo terakhir dibawa)</translation>
    </message>
    <message>
        <source>Balance at year end (all cards)</source>
        <translation>Saldo akhir tahun (semua kartu)</translation>
    </message>
    <message>
        <source>JHT balance at the end of each year</source>
        <translation>Saldo JHT per akhir tahun</translation>
    </message>
    <message>
        <source>No statements yet</source>
        <translation>Belum ada rincian saldo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import statements</source>
        <translation>Impor rincian saldo</translation>
    </message>
    <message>
        <source>Statements (PDF, CSV)</source>
        <translation>Rincian saldo (PDF, CSV)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>This file could not be read. If it is a Rincian Saldo JHT from JMO, download it again; otherwise use Quick entry.</source>
        <translation>Berkas ini tidak bisa dibaca. Jika ini Rincian Saldo JHT dari JMO, unduh ulang; jika bukan, pakai Entri cepat.</translation>
    </message>
    <message>
        <source>Skipped: no password was given.</source>
        <translation>Dilewati: kata sandi tidak diisi.</translation>
    </message>
    <message>
        <source>The planner's database could not be read.</source>
        <translation>Basis data perencana tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>The statements could not be saved; nothing was changed.</source>
        <translation>Rincian saldo tidak bisa disimpan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>No statement could be imported; nothing was saved.</source>
        <translation>Tidak ada rincian saldo yang bisa diimpor; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Reading {0} ({1} of {2})…</source>
        <translation>Membaca {0} ({1} dari {2})…</translation>
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
        <translation>Laporan Anda tidak memuat Masa Iuran JP. Jika Anda peserta JP, isi dari JMO untuk melihat pensiun JP.</translation>
    </message>
    <message>
        <source>I am in &amp;JP</source>
        <translation>Saya peserta &amp;JP</translation>
    </message>
    <message>
        <source>JP &amp;contribution months so far</source>
        <translation>Masa &amp;iuran JP sampai sekarang</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Projection</source>
        <translation>Proyeksi</translation>
    </message>
    <message>
        <source>JHT Planner</source>
        <translation>Perencana JHT</translation>
    </message>
    <message>
        <source> — demo</source>
        <translation> — demo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>Entri &amp;cepat…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Buka &amp;demo</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Nominal rupiah</source>
        <translation>Rupiah &amp;nominal</translation>
    </message>
    <message>
        <source>Today's &amp;value (after inflation)</source>
        <translation>&amp;Nilai hari ini (setelah inflasi)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About JHT Planner</source>
        <translation>&amp;Tentang Perencana JHT</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Memuat data demo…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo statements could not be read.</source>
        <translation>Laporan demo tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>The report shows your card numbers (KPJ) and NIK masked, e.g. 1900••••345.</source>
        <translation>Laporan menampilkan nomor kartu (KPJ) dan NIK Anda disamarkan, mis. 1900••••345.</translation>
    </message>
    <message>
        <source>Show the full &amp;identifiers (KPJ, NIK) in the report</source>
        <translation>Tampilkan nomor &amp;identitas (KPJ, NIK) lengkap di laporan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Belum ada yang bisa diekspor.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Ekspor gagal: {error}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Perlu kata sandi</translation>
    </message>
    <message>
        <source>{0} is locked with a password.</source>
        <translation>{0} dikunci dengan kata sandi.</translation>
    </message>
    <message>
        <source>Files from JMO or an institution are often locked with the birth date as DDMMYYYY.</source>
        <translation>Berkas dari JMO/instansi sering dikunci dengan tanggal lahir DDMMYYYY.</translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation>Kata sandi itu tidak membuka berkas ini. Coba lagi.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Lewati berkas ini</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <source>Load assumptions</source>
        <translation>Muat asumsi</translation>
    </message>
    <message>
        <source>Change wage growth</source>
        <translation>Ubah kenaikan upah</translation>
    </message>
    <message>
        <source>Change return</source>
        <translation>Ubah hasil pengembangan</translation>
    </message>
    <message>
        <source>Change inflation</source>
        <translation>Ubah inflasi</translation>
    </message>
    <message>
        <source>Change wage</source>
        <translation>Ubah upah</translation>
    </message>
    <message>
        <source>Change stop-working age</source>
        <translation>Ubah usia berhenti bekerja</translation>
    </message>
    <message>
        <source>Change career break</source>
        <translation>Ubah jeda kerja</translation>
    </message>
    <message>
        <source>Change wage change</source>
        <translation>Ubah perubahan upah</translation>
    </message>
    <message>
        <source>Change assumption</source>
        <translation>Ubah asumsi</translation>
    </message>
    <message>
        <source>Rp today's value</source>
        <translation>Rp nilai hari ini</translation>
    </message>
    <message>
        <source>Rp nominal</source>
        <translation>Rp nominal</translation>
    </message>
    <message>
        <source>Show amounts as:</source>
        <translation>Tampilkan jumlah sebagai:</translation>
    </message>
    <message>
        <source>Import the newest statement…</source>
        <translation>Impor laporan terbaru…</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Today's value (after inflation)</source>
        <translation>Nilai hari ini (setelah inflasi)</translation>
    </message>
    <message>
        <source>Rupiah as they will be paid.</source>
        <translation>Rupiah seperti yang akan dibayarkan.</translation>
    </message>
    <message>
        <source>Rupiah with the buying power of the balance date, at the assumed inflation.</source>
        <translation>Rupiah dengan daya beli pada tanggal saldo, menurut inflasi yang diasumsikan.</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Bagaimana jika…</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Ketidakpastian</translation>
    </message>
    <message>
        <source>Claim {date}
{amount}</source>
        <translation>Klaim {date}
{amount}</translation>
    </message>
    <message>
        <source>Balance date</source>
        <translation>Tanggal saldo</translation>
    </message>
    <message>
        <source>JHT balance ({unit})</source>
        <translation>Saldo JHT ({unit})</translation>
    </message>
    <message>
        <source>Balance on your statements</source>
        <translation>Saldo menurut laporan Anda</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyeksi</translation>
    </message>
    <message>
        <source>Add your birth date and wage (quick entry) to see the projection.</source>
        <translation>Tambahkan tanggal lahir dan upah Anda (entri cepat) untuk melihat proyeksi.</translation>
    </message>
    <message>
        <source>No data yet: import a Rincian Saldo JHT or make a quick entry (File menu) to see the projection.</source>
        <translation>Belum ada data: impor Rincian Saldo JHT atau isi entri cepat (menu Berkas) untuk melihat proyeksi.</translation>
    </message>
    <message>
        <source>{low}–{high}% of outcomes</source>
        <translation>{low}–{high}% hasil</translation>
    </message>
    <message>
        <source>{paths} simulations, seed {seed}, spread of the return ±{ret}, wage growth ±{growth}, inflation ±{inf}</source>
        <translation>{paths} simulasi, seed {seed}, sebaran hasil pengembangan ±{ret}, kenaikan upah ±{growth}, inflasi ±{inf}</translation>
    </message>
    <message>
        <source>; a career gap of {months} months starts with a chance of {chance} a year</source>
        <translation>; jeda kerja {months} bulan dengan peluang {chance} per tahun</translation>
    </message>
    <message>
        <source>Preview: {text} ({paths} simulations once the slider rests)</source>
        <translation>Pratinjau: {text} ({paths} simulasi setelah penggeser berhenti)</translation>
    </message>
    <message>
        <source>(updating…)</source>
        <translation>(memperbarui…)</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>in today's value</source>
        <translation>nilai hari ini</translation>
    </message>
    <message>
        <source>a monthly JHT income of {pct} of the last wage</source>
        <translation>penghasilan bulanan JHT {pct} dari upah terakhir</translation>
    </message>
    <message>
        <source>a net balance of {amount} ({unit})</source>
        <translation>saldo bersih {amount} ({unit})</translation>
    </message>
    <message>
        <source>Chance of reaching the target</source>
        <translation>Peluang tercapai</translation>
    </message>
    <message>
        <source>Simulating {target}…</source>
        <translation>Menyimulasikan {target}…</translation>
    </message>
    <message>
        <source>Target: {target}. {sims}</source>
        <translation>Target: {target}. {sims}</translation>
    </message>
    <message>
        <source>{paths} simulations, seed {seed}</source>
        <translation>{paths} simulasi, seed {seed}</translation>
    </message>
    <message>
        <source>(preview; {paths} simulations once the slider rests)</source>
        <translation>(pratinjau; {paths} simulasi setelah penggeser berhenti)</translation>
    </message>
    <message>
        <source>{months} contribution months</source>
        <translation>masa iuran {months} bulan</translation>
    </message>
    <message>
        <source>JP pension per month, age {age}</source>
        <translation>Pensiun JP per bulan, usia {age}</translation>
    </message>
    <message>
        <source>From {date}; {months}; before tax</source>
        <translation>Mulai {date}; {months}; sebelum pajak</translation>
    </message>
    <message>
        <source>JP lump sum, age {age}</source>
        <translation>JP dibayar sekaligus, usia {age}</translation>
    </message>
    <message>
        <source>Paid once on {date}: {months}, fewer than the {min} a pension needs</source>
        <translation>Dibayar sekali pada {date}: {months}, kurang dari {min} bulan syarat pensiun</translation>
    </message>
    <message>
        <source>JP could not be estimated: {reason}</source>
        <translation>JP tidak dapat diperkirakan: {reason}</translation>
    </message>
    <message>
        <source>JP is not shown: your statements do not show JP months (Masa Iuran JP); you can type them under What if….</source>
        <translation>JP tidak ditampilkan: laporan Anda tidak memuat Masa Iuran JP; Anda dapat mengisinya di Bagaimana jika….</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Saldo sekarang</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <source>At claim</source>
        <translation>Saat klaim</translation>
    </message>
    <message>
        <source>Net after tax</source>
        <translation>Bersih setelah pajak</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Penghasilan bulanan</translation>
    </message>
    <message>
        <source>At claim, age {age}</source>
        <translation>Saat klaim, usia {age}</translation>
    </message>
    <message>
        <source>{date}; {amount} {unit}</source>
        <translation>{date}; {amount} {unit}</translation>
    </message>
    <message>
        <source>Final PPh 21 of {tax} (nominal) if paid within two years</source>
        <translation>PPh 21 final {tax} (nominal) bila dibayar dalam dua tahun</translation>
    </message>
    <message>
        <source>Monthly income for {years} years</source>
        <translation>Penghasilan bulanan selama {years} tahun</translation>
    </message>
    <message>
        <source>From the net amount, earning {ret} a year and rising with {inf} inflation</source>
        <translation>Dari jumlah bersih, tumbuh {ret} per tahun dan naik mengikuti inflasi {inf}</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>The card number (KPJ) must have {0} digits, or leave it empty.</source>
        <translation>Nomor kartu (KPJ) harus {0} angka, atau kosongkan saja.</translation>
    </message>
    <message>
        <source>{0} is missing.</source>
        <translation>{0} belum diisi.</translation>
    </message>
    <message>
        <source>{0} is not a rupiah amount: {1}</source>
        <translation>{0} bukan angka rupiah: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be negative.</source>
        <translation>{0} tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The JHT balance</source>
        <translation>Saldo JHT</translation>
    </message>
    <message>
        <source>The balance date</source>
        <translation>Tanggal saldo</translation>
    </message>
    <message>
        <source>The monthly wage</source>
        <translation>Upah bulanan</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Quick entry of the JHT balance</source>
        <translation>Entri cepat saldo JHT</translation>
    </message>
    <message>
        <source>No statement PDF? Copy the figures from the JMO app (Jaminan Hari Tua &gt; Cek Saldo).</source>
        <translation>Tidak punya PDF rincian saldo? Salin angkanya dari aplikasi JMO (Jaminan Hari Tua &gt; Cek Saldo).</translation>
    </message>
    <message>
        <source>JHT &amp;balance (Rp):</source>
        <translation>&amp;Saldo JHT (Rp):</translation>
    </message>
    <message>
        <source>Balance &amp;date:</source>
        <translation>&amp;Tanggal saldo:</translation>
    </message>
    <message>
        <source>Current monthly &amp;wage (Rp):</source>
        <translation>&amp;Upah bulanan sekarang (Rp):</translation>
    </message>
    <message>
        <source>e.g. 25,000,000 or 25 million</source>
        <translation>mis. 25.000.000 atau 25 juta</translation>
    </message>
    <message>
        <source>e.g. 5,000,000 or 5.1 million</source>
        <translation>mis. 5.000.000 atau 5,1 juta</translation>
    </message>
    <message>
        <source>e.g. 31 December 2024 or 31-12-2024</source>
        <translation>mis. 31 Desember 2024 atau 31-12-2024</translation>
    </message>
    <message>
        <source>e.g. 1 February 1990 or 01-02-1990</source>
        <translation>mis. 1 Februari 1990 atau 01-02-1990</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Entri cepat</translation>
    </message>
    <message>
        <source>Quick entry: balance {0}</source>
        <translation>Entri cepat: saldo {0}</translation>
    </message>
    <message>
        <source>Birth da&amp;te:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <source>{0} is not a valid date: {1} (write for example 31 December 2024 or 31-12-2024).</source>
        <translation>{0} bukan tanggal yang valid: {1} (tulis misalnya 31 Desember 2024 atau 31-12-2024).</translation>
    </message>
    <message>
        <source>&amp;Card number (KPJ, optional):</source>
        <translation>Nomor &amp;kartu (KPJ, boleh kosong):</translation>
    </message>
    <message>
        <source>&amp;Employer (optional):</source>
        <translation>&amp;Pemberi kerja (boleh kosong):</translation>
    </message>
    <message>
        <source>Your birth date sets the day you can claim your JHT at the retirement age.</source>
        <translation>Tanggal lahir menentukan kapan JHT bisa diklaim di usia pensiun.</translation>
    </message>
    <message>
        <source>The wage your employer reports to BPJS; for BPU, the income you declare.</source>
        <translation>Upah yang dilaporkan pemberi kerja ke BPJS; untuk BPU, penghasilan yang Anda laporkan.</translation>
    </message>
    <message>
        <source>The card number is kept on this computer only and shown masked.</source>
        <translation>Nomor kartu hanya disimpan di komputer ini dan ditampilkan tersamar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Check the import</source>
        <translation>Periksa impor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>{0} statement years and {1} contribution rows to add</source>
        <translation>{0} tahun rincian dan {1} baris iuran akan ditambahkan</translation>
    </message>
    <message>
        <source>{0} differing from what is saved</source>
        <translation>{0} berbeda dari yang tersimpan</translation>
    </message>
    <message>
        <source>Opening {0}, contributions {1}, development {2}, closing {3}; {4} new contribution rows</source>
        <translation>Saldo awal {0}, iuran {1}, pengembangan {2}, saldo akhir {3}; {4} baris iuran baru</translation>
    </message>
    <message>
        <source>Closing balance {0}; {1} new contribution rows</source>
        <translation>Saldo akhir {0}; {1} baris iuran baru</translation>
    </message>
    <message>
        <source>{0} new contribution rows</source>
        <translation>{0} baris iuran baru</translation>
    </message>
    <message>
        <source>{0} statement years and {1} contribution rows are already saved.</source>
        <translation>{0} tahun rincian dan {1} baris iuran sudah tersimpan.</translation>
    </message>
    <message>
        <source>This file was imported before on {0}.</source>
        <translation>Berkas ini sudah pernah diimpor pada {0}.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>saldo awal</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>iuran</translation>
    </message>
    <message>
        <source>development</source>
        <translation>pengembangan</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>saldo akhir</translation>
    </message>
    <message>
        <source>{0}: saved {1}, file {2}</source>
        <translation>{0}: tersimpan {1}, berkas {2}</translation>
    </message>
    <message>
        <source>Paid on {0}: saved JHT {1}, file {2}</source>
        <translation>Disetor {0}: JHT tersimpan {1}, berkas {2}</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Akan ditambahkan</translation>
    </message>
    <message>
        <source>Differ from what is saved</source>
        <translation>Berbeda dari yang tersimpan</translation>
    </message>
    <message>
        <source>Already saved, skipped</source>
        <translation>Sudah tersimpan, dilewati</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Tidak bisa dibaca</translation>
    </message>
    <message>
        <source>Card / file / finding</source>
        <translation>Kartu / berkas / temuan</translation>
    </message>
    <message>
        <source>already saved (years and rows): {0}</source>
        <translation>sudah tersimpan (tahun dan baris): {0}</translation>
    </message>
    <message>
        <source>findings: {0}</source>
        <translation>temuan: {0}</translation>
    </message>
    <message>
        <source>files that could not be read: {0}</source>
        <translation>berkas yang tidak terbaca: {0}</translation>
    </message>
    <message>
        <source>Replace the saved figures with the file's where they differ</source>
        <translation>Ganti angka yang tersimpan dengan angka dari berkas bila berbeda</translation>
    </message>
    <message>
        <source>Unticked, what is saved stays and each difference is kept as a finding.</source>
        <translation>Jika tidak dicentang, data tersimpan tetap dan setiap perbedaan dicatat sebagai temuan.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Save. Cancel leaves your data as it was.</source>
        <translation>Belum ada yang disimpan sampai Anda menekan Simpan. Batal membiarkan data Anda seperti semula.</translation>
    </message>
    <message>
        <source>There is nothing new to save.</source>
        <translation>Tidak ada yang baru untuk disimpan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Baseline (your data, default assumptions)</source>
        <translation>Dasar (data Anda, asumsi bawaan)</translation>
    </message>
    <message>
        <source>Current what-if</source>
        <translation>Simulasi saat ini</translation>
    </message>
    <message>
        <source>Draw this scenario on the projection chart (at most {0}).</source>
        <translation>Gambar skenario ini di grafik proyeksi (paling banyak {0}).</translation>
    </message>
    <message>
        <source>{0} (age {1})</source>
        <translation>{0} (usia {1})</translation>
    </message>
    <message>
        <source>No projection yet</source>
        <translation>Belum ada proyeksi</translation>
    </message>
    <message>
        <source>Balance {0} on {1}</source>
        <translation>Saldo {0} pada {1}</translation>
    </message>
    <message>
        <source>wage {0}</source>
        <translation>upah {0}</translation>
    </message>
    <message>
        <source>wage growth {0}</source>
        <translation>kenaikan upah {0}</translation>
    </message>
    <message>
        <source>return {0}</source>
        <translation>hasil pengembangan {0}</translation>
    </message>
    <message>
        <source>inflation {0}</source>
        <translation>inflasi {0}</translation>
    </message>
    <message>
        <source>stop working at {0}</source>
        <translation>berhenti bekerja di usia {0}</translation>
    </message>
    <message>
        <source>break of {0} months</source>
        <translation>jeda {0} bulan</translation>
    </message>
    <message>
        <source>At most {0} scenarios can be drawn on the chart; untick one first.</source>
        <translation>Paling banyak {0} skenario bisa digambar di grafik; hapus centang salah satu dulu.</translation>
    </message>
    <message>
        <source>Scenarios are saved with your own data, not in the demo.</source>
        <translation>Skenario disimpan bersama data Anda sendiri, tidak di demo.</translation>
    </message>
    <message>
        <source>Save the current what-if assumptions under a name.</source>
        <translation>Simpan asumsi simulasi saat ini dengan sebuah nama.</translation>
    </message>
    <message>
        <source>Replace scenario</source>
        <translation>Ganti skenario</translation>
    </message>
    <message>
        <source>A scenario named “{0}” exists. Replace it?</source>
        <translation>Sudah ada skenario bernama “{0}”. Ganti?</translation>
    </message>
    <message>
        <source>Scenario {0}</source>
        <translation>Skenario {0}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Simpan skenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Nama skenario:</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Skenario perlu nama.</translation>
    </message>
    <message>
        <source>Save scenario “{0}”</source>
        <translation>Simpan skenario “{0}”</translation>
    </message>
    <message>
        <source>Replace scenario “{0}”</source>
        <translation>Ganti skenario “{0}”</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>“{0}” tersimpan.</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Ganti nama skenario</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>A scenario named “{0}” already exists.</source>
        <translation>Sudah ada skenario bernama “{0}”.</translation>
    </message>
    <message>
        <source>Rename scenario “{0}”</source>
        <translation>Ganti nama skenario “{0}”</translation>
    </message>
    <message>
        <source>Delete scenario “{0}”</source>
        <translation>Hapus skenario “{0}”</translation>
    </message>
    <message>
        <source>Deleted “{0}” (Edit &gt; Undo brings it back).</source>
        <translation>“{0}” dihapus (Sunting &gt; Urungkan mengembalikannya).</translation>
    </message>
    <message>
        <source>Load scenario “{0}”</source>
        <translation>Muat skenario “{0}”</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Balance at claim</source>
        <translation>Saldo saat klaim</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Difference %</source>
        <translation>Selisih %</translation>
    </message>
    <message>
        <source>Compared with the baseline</source>
        <translation>Dibandingkan dengan dasar</translation>
    </message>
    <message>
        <source>Save current &amp;as…</source>
        <translation>Simpan &amp;yang sekarang sebagai…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Muat</translation>
    </message>
    <message>
        <source>Put this scenario's assumptions into the what-if panel</source>
        <translation>Pakai asumsi skenario ini di panel simulasi</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>&amp;Scenarios panel</source>
        <translation>Panel &amp;skenario</translation>
    </message>
</context>
<context>
    <name>UncertaintyPanel</name>
    <message>
        <source>Range of outcomes</source>
        <translation>Rentang hasil</translation>
    </message>
    <message>
        <source>Show the &amp;range on the chart</source>
        <translation>Tampilkan &amp;rentang di grafik</translation>
    </message>
    <message>
        <source>Many simulated paths, each with its own yearly return, wage growth and inflation drawn around your assumptions. Half of the paths end inside the darker band (P25–P75), eight in ten inside the lighter one (P10–P90).</source>
        <translation>Banyak jalur simulasi, masing-masing dengan hasil pengembangan, kenaikan upah dan inflasi tahunan sendiri di sekitar asumsi Anda. Separuh jalur berakhir di dalam pita gelap (P25–P75), delapan dari sepuluh di dalam pita terang (P10–P90).</translation>
    </message>
    <message>
        <source>Spreads per year</source>
        <translation>Sebaran per tahun</translation>
    </message>
    <message>
        <source>Target at claim (after tax)</source>
        <translation>Target saat klaim (setelah pajak)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulasi</translation>
    </message>
    <message>
        <source>Re&amp;turn spread (±)</source>
        <translation>Sebaran &amp;hasil pengembangan (±)</translation>
    </message>
    <message>
        <source>Wage-&amp;growth spread (±)</source>
        <translation>Sebaran kenaikan &amp;upah (±)</translation>
    </message>
    <message>
        <source>In&amp;flation spread (±)</source>
        <translation>Sebaran in&amp;flasi (±)</translation>
    </message>
    <message>
        <source>&amp;Chance a career gap starts, per year</source>
        <translation>&amp;Peluang jeda kerja dimulai, per tahun</translation>
    </message>
    <message>
        <source>Length of each &amp;gap</source>
        <translation>&amp;Lama setiap jeda</translation>
    </message>
    <message>
        <source>T&amp;arget</source>
        <translation>T&amp;arget</translation>
    </message>
    <message>
        <source>Net balance at claim</source>
        <translation>Saldo bersih saat klaim</translation>
    </message>
    <message>
        <source>Monthly JHT income, share of the last wage</source>
        <translation>Penghasilan bulanan JHT, bagian dari upah terakhir</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Simulated &amp;paths</source>
        <translation>&amp;Jumlah jalur simulasi</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Tanpa target</translation>
    </message>
    <message>
        <source>Rupiah, today's value</source>
        <translation>Rupiah, nilai hari ini</translation>
    </message>
    <message>
        <source>Rupiah at the claim date</source>
        <translation>Rupiah saat klaim (nominal)</translation>
    </message>
    <message>
        <source>Share of the last wage</source>
        <translation>Bagian dari upah terakhir</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Back to the &amp;defaults</source>
        <translation>&amp;Kembalikan bawaan</translation>
    </message>
    <message>
        <source>&amp;New seed</source>
        <translation>Seed &amp;baru</translation>
    </message>
    <message>
        <source>The same seed, paths and spreads always give the same bands.</source>
        <translation>Seed, jumlah jalur dan sebaran yang sama selalu memberi pita yang sama.</translation>
    </message>
    <message>
        <source>How far the yearly return may stray from your assumption (one standard deviation). Never below the legal floor.</source>
        <translation>Seberapa jauh hasil pengembangan tahunan bisa menyimpang dari asumsi Anda (satu simpangan baku). Tidak pernah di bawah batas bawah menurut aturan.</translation>
    </message>
    <message>
        <source>Each simulated year, the chance that a spell without contributions begins.</source>
        <translation>Setiap tahun simulasi, peluang dimulainya masa tanpa iuran.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to JHT Planner</source>
        <translation>Selamat datang di Perencana JHT</translation>
    </message>
    <message>
        <source>See how your JHT (Jaminan Hari Tua) balance has grown and what it may be at the claim age. Your data stays on this computer.</source>
        <translation>Lihat bagaimana saldo JHT (Jaminan Hari Tua) Anda tumbuh dan berapa perkiraannya di usia klaim. Data Anda tetap di komputer ini.</translation>
    </message>
    <message>
        <source>Import a Rincian Saldo JHT…</source>
        <translation>Impor Rincian Saldo JHT…</translation>
    </message>
    <message>
        <source>The PDF statement you can download from the JMO app. You can also drop the files on this window.</source>
        <translation>Laporan PDF yang bisa Anda unduh dari aplikasi JMO. Anda juga bisa menyeret berkasnya ke jendela ini.</translation>
    </message>
    <message>
        <source>Quick entry…</source>
        <translation>Entri cepat…</translation>
    </message>
    <message>
        <source>Type your balance, its date, your birth date and your wage.</source>
        <translation>Ketik saldo Anda, tanggalnya, tanggal lahir, dan upah Anda.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Coba demo</translation>
    </message>
    <message>
        <source>Look around with a fictional member's statements. Nothing is saved.</source>
        <translation>Lihat-lihat dengan laporan peserta fiktif. Tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Assumptions per year</source>
        <translation>Asumsi per tahun</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Career break (no contributions)</source>
        <translation>Jeda kerja (tanpa iuran)</translation>
    </message>
    <message>
        <source>Wage change</source>
        <translation>Perubahan upah</translation>
    </message>
    <message>
        <source>&amp;Wage growth</source>
        <translation>&amp;Kenaikan upah</translation>
    </message>
    <message>
        <source>&amp;Return (hasil pengembangan)</source>
        <translation>&amp;Hasil pengembangan</translation>
    </message>
    <message>
        <source>&amp;Inflation</source>
        <translation>&amp;Inflasi</translation>
    </message>
    <message>
        <source>Current monthly wa&amp;ge</source>
        <translation>&amp;Upah bulanan sekarang</translation>
    </message>
    <message>
        <source>My wage will &amp;change</source>
        <translation>Upah saya akan be&amp;rubah</translation>
    </message>
    <message>
        <source>&amp;Stop working at age</source>
        <translation>Berhenti bek&amp;erja di usia</translation>
    </message>
    <message>
        <source>Break s&amp;tarts</source>
        <translation>Je&amp;da mulai</translation>
    </message>
    <message>
        <source>Brea&amp;k length (months)</source>
        <translation>&amp;Lama jeda (bulan)</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>Se&amp;jak</translation>
    </message>
    <message>
        <source>&amp;New monthly wage</source>
        <translation>Upah bulanan b&amp;aru</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Nominal rise of your wage each 1 January.</source>
        <translation>Kenaikan nominal upah Anda setiap 1 Januari.</translation>
    </message>
    <message>
        <source>The yearly return BPJS Ketenagakerjaan credits to the JHT balance.</source>
        <translation>Hasil pengembangan tahunan yang dibukukan BPJS Ketenagakerjaan ke saldo JHT.</translation>
    </message>
    <message>
        <source>Used for today's value and for the monthly income.</source>
        <translation>Dipakai untuk nilai hari ini dan penghasilan bulanan.</translation>
    </message>
</context>
<context>
    <name>WithdrawalView</name>
    <message>
        <source>Keep it until age {age}</source>
        <translation>Tetap sampai usia {age}</translation>
    </message>
    <message>
        <source>Cash out on resigning</source>
        <translation>Cairkan saat berhenti kerja</translation>
    </message>
    <message>
        <source>Resign on {date}, cash out on {paid}</source>
        <translation>Berhenti kerja {date}, cair {paid}</translation>
    </message>
    <message>
        <source>; new job from {date} at {wage} a month</source>
        <translation>; kerja baru mulai {date} dengan upah {wage} per bulan</translation>
    </message>
    <message>
        <source>Partial claim of {pct}%</source>
        <translation>Klaim sebagian {pct}%</translation>
    </message>
    <message>
        <source>Partial claim of {pct}% on {date}</source>
        <translation>Klaim sebagian {pct}% pada {date}</translation>
    </message>
    <message>
        <source>{amount} on {date}</source>
        <translation>{amount} pada {date}</translation>
    </message>
    <message>
        <source>today's value</source>
        <translation>nilai hari ini</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Paid early
(net, {unit})</source>
        <translation>Dibayar lebih awal
(bersih, {unit})</translation>
    </message>
    <message>
        <source>Paid at the claim date
(net, {unit})</source>
        <translation>Dibayar saat klaim
(bersih, {unit})</translation>
    </message>
    <message>
        <source>Total value
(net, today's value)</source>
        <translation>Nilai total
(bersih, nilai hari ini)</translation>
    </message>
    <message>
        <source>Cost against keeping
(today's value)</source>
        <translation>Biaya dibanding tetap
(nilai hari ini)</translation>
    </message>
    <message>
        <source>Import a statement or make a quick entry to compare the choices.</source>
        <translation>Impor laporan atau isi entri cepat untuk membandingkan pilihan.</translation>
    </message>
    <message>
        <source>Withdrawal choices side by side</source>
        <translation>Pilihan pencairan berdampingan</translation>
    </message>
    <message>
        <source>Compare &amp;cashing out everything</source>
        <translation>Bandingkan &amp;mencairkan semua</translation>
    </message>
    <message>
        <source>Later a &amp;new job (a new JHT balance)</source>
        <translation>Nanti &amp;kerja baru (saldo JHT baru)</translation>
    </message>
    <message>
        <source>Partial claim (once, after {years} years of membership)</source>
        <translation>Klaim sebagian (sekali, setelah {years} tahun kepesertaan)</translation>
    </message>
    <message>
        <source>Compare a &amp;partial claim</source>
        <translation>Ban&amp;dingkan klaim sebagian</translation>
    </message>
    <message>
        <source>Member &amp;since</source>
        <translation>Peserta s&amp;ejak</translation>
    </message>
    <message>
        <source>Alrea&amp;dy claimed part on</source>
        <translation>Pernah klaim sebagian &amp;pada</translation>
    </message>
    <message>
        <source>&amp;Resign on</source>
        <translation>Be&amp;rhenti kerja</translation>
    </message>
    <message>
        <source>New &amp;job from</source>
        <translation>Kerja baru mula&amp;i</translation>
    </message>
    <message>
        <source>New monthly &amp;wage</source>
        <translation>&amp;Upah bulanan baru</translation>
    </message>
    <message>
        <source>Sh&amp;are</source>
        <translation>Bes&amp;ar</translation>
    </message>
    <message>
        <source>Claim &amp;on</source>
        <translation>Tanggal k&amp;laim</translation>
    </message>
    <message>
        <source>{pct}% (preparing for retirement)</source>
        <translation>{pct}% (persiapan hari tua)</translation>
    </message>
    <message>
        <source>{pct}% (housing)</source>
        <translation>{pct}% (perumahan)</translation>
    </message>
    <message>
        <source>Withdrawal choices</source>
        <translation>Pilihan pencairan</translation>
    </message>
</context>
<context>
    <name>_Retranslator</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>The user guide, on this computer</source>
        <translation>Panduan pengguna, tersimpan di komputer ini</translation>
    </message>
</context>
</TS>
