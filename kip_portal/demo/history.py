"""Two years of made-up service history for the demo: requests through every decision, keberatan and a sengketa.

Everything goes through the real services with past ``now`` values, so letters, numbers, deadlines and the audit
trail are what the portal would have produced; the registers, the annual report and the auditor's dashboard
then have realistic figures to show. Mail those past steps would have sent is not queued today.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

import sqlalchemy as sa

from kip_portal.auth import services as auth
from kip_portal.core.dates import local_date
from kip_portal.core.dates import local_to_utc
from kip_portal.dip.models import InformationEntry
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.fees import services as fees
from kip_portal.inforequests import completeness
from kip_portal.inforequests import decisions
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData
from kip_portal.keberatan import services as keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.mail.models import OutboxMail
from kip_portal.reports import publishing as reports
from kip_portal.sengketa import services as sengketa
from kip_portal.sengketa.models import Stage
from kip_portal.units.models import Unit
from kip_portal.workdays import services as workdays
from kip_portal.workdays.calendar import add_working_days

# What citizens, journalists and NGOs ask a provincial social-affairs office about (made up for the demo).
TOPICS = (
    ("Rekapitulasi penerima Program Keluarga Harapan per kabupaten", "Penelitian tesis kebijakan sosial"),
    ("Anggaran dan realisasi bantuan sosial lansia", "Liputan media tentang bantuan lansia"),
    ("Daftar panti sosial swasta yang terakreditasi", "Mencari panti untuk orang tua"),
    ("Jumlah anak terlantar yang ditangani UPT", "Advokasi perlindungan anak"),
    ("SOP penerimaan klien rehabilitasi sosial", "Mendampingi keluarga klien"),
    ("Laporan kegiatan tanggap darurat banjir", "Evaluasi penanganan bencana oleh LSM"),
    ("Kontrak pengadaan makanan klien panti", "Pemantauan pengadaan barang dan jasa"),
    ("Data penyandang disabilitas yang menerima alat bantu", "Perencanaan program komunitas"),
    ("Rencana strategis Dinas Sosial", "Bahan kuliah administrasi publik"),
    ("Nama dan alamat penerima bantuan sosial di desa", "Memeriksa ketepatan sasaran bantuan"),
    ("Hasil evaluasi kinerja UPT", "Kajian akuntabilitas"),
    ("Jadwal layanan home care lansia", "Mendaftarkan orang tua"),
)
NAMES = ("Rina Kartika", "Agus Salim", "Dewi Lestari", "Bambang Wijaya", "Siti Nurhaliza", "Hendra Gunawan",
         "Lestari Handayani", "Yusuf Maulana", "Fitri Ramadhani", "Joko Susilo", "Maya Sari", "Rudi Hartono")
JOBS = ("Mahasiswa", "Jurnalis", "Wiraswasta", "Guru", "Pegiat LSM", "Karyawan swasta")
UNITS = ("DINSOS", "UPT-PSTW-JEMBER", "UPT-PSTW-BANYUWANGI", "UPT-PSTW-BOJONEGORO", "UPT-PSTW-BLITAR")
# How often each outcome happens, roughly as provincial PPID reports show: most requests are granted.
OUTCOMES = ((Decision.DIKABULKAN_SELURUHNYA, 50), (Decision.DIKABULKAN_SEBAGIAN, 14), (Decision.DITOLAK, 10),
            (Decision.TIDAK_DIKUASAI, 8), (Decision.BELUM_DIDOKUMENTASIKAN, 4), ("incomplete", 4), (None, 10))
OFFICE_HOURS = time(9, 30)


@dataclass
class HistoryReport:
    requests: int
    keberatan: int
    sengketa: int


def _at(day: date, hour_offset: int = 0) -> datetime:
    return local_to_utc(datetime.combine(day, OFFICE_HOURS) + timedelta(hours=hour_offset))


def _working_day_after(day: date, n: int) -> date:
    return add_working_days(workdays.calendar_around(day), day, n).due


def _file(rng: random.Random, number: int, received: date, unit: Unit, officer) -> InfoRequest:
    topic, purpose = TOPICS[rng.randrange(len(TOPICS))]
    name = NAMES[number % len(NAMES)]
    nik = f"3578{rng.randrange(10, 70):02d}{rng.randrange(41, 71):02d}0{rng.randrange(1, 10)}9{rng.randrange(0, 10)}" \
          f"{number:04d}"
    data = RequestData.from_mapping({
        "requester_type": "perorangan", "name": f"{name} (demo)", "nik": nik,
        "address": f"Jl. Contoh No. {number}, Surabaya", "phone": f"0812000{number:05d}",
        "email": f"pemohon{number}@demo.test", "occupation": JOBS[number % len(JOBS)],
        "information": f"{topic} tahun {received.year - 1}", "purpose": purpose,
        "obtain_method": rng.choice(("salinan_softcopy", "salinan_hardcopy", "melihat")),
        "delivery_method": rng.choice(("email", "langsung", "pos")), "unit": unit.code})
    channel = rng.choice((Channel.WEB, Channel.WEB, Channel.EMAIL, Channel.LANGSUNG))
    return requests.submit(data, channel=channel, received_at=_at(received), actor=officer,
                           now=_at(received)).info_request


def _decide(rng: random.Random, info_request: InfoRequest, outcome, officer, atasan, test: ConsequenceTest,
            today: date) -> None:
    received = local_date(info_request.received_at)
    if outcome == "incomplete":
        completeness.mark_incomplete(info_request, note="Fotokopi KTP belum dilampirkan.", actor=officer,
                                     now=_at(_working_day_after(received, 1)))
        # Not completed within 3 working days: send-reminders closes it the next morning (Pasal 33).
        closing = info_request.completion_due_date + timedelta(days=1)
        if closing < today:
            completeness.close_uncompleted(today=closing, now=_at(closing, -2))
        return
    if outcome is None and (today - received).days > 25:
        outcome = Decision.DIKABULKAN_SELURUHNYA  # only recent requests are still waiting
    if rng.random() < 0.15:
        requests.extend(info_request, reason="Informasi tersebar di beberapa UPT dan sedang dihimpun.",
                        actor=officer, now=_at(_working_day_after(received, 8)))
    # Most notices go out within the deadline; about one in eight is late (the auditor should see it).
    days = rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14)) if info_request.extended_due_date else \
        rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13))
    decided_on = _working_day_after(received, days)
    if outcome is None or decided_on >= today:
        return
    values: dict = {"decision": outcome.value}
    if outcome in (Decision.DIKABULKAN_SELURUHNYA, Decision.DIKABULKAN_SEBAGIAN):
        values |= {"information_form": "softcopy" if info_request.obtain_method.value != "salinan_hardcopy"
                   else "hardcopy", "provision_days": rng.choice((0, 1, 2, 3))}
        if info_request.obtain_method.value == "salinan_hardcopy":
            copies = min(fees.fee_table(), key=lambda item: abs(item.price - 500))
            values |= {"fees": [{"item": copies.id, "quantity": rng.randrange(5, 60)}], "payment_method": "tunai"}
    if outcome == Decision.DIKABULKAN_SEBAGIAN:
        values["redaction_note"] = "NIK dan alamat perorangan dihitamkan (UU 14/2008 Pasal 17 huruf h)."
    elif outcome == Decision.DITOLAK:
        values |= {"refusal_basis": "UU 14/2008 Pasal 17 huruf h", "consequence_test_id": test.id}
    elif outcome == Decision.TIDAK_DIKUASAI:
        values["other_body"] = "Badan Pusat Statistik Provinsi Jawa Timur"
    elif outcome == Decision.BELUM_DIDOKUMENTASIKAN:
        values["undocumented_note"] = "Data sedang direkapitulasi dan tersedia dalam 30 hari kerja."
    decisions.decide(info_request, decisions.DecisionData.from_mapping(values), actor=officer, now=_at(decided_on))
    if outcome == Decision.DITOLAK:
        decisions.approve_refusal(info_request, actor=atasan, now=_at(decided_on, 3))
    given_on = _working_day_after(decided_on, 2)
    if info_request.decision in decisions.GRANTED and given_on < today:
        decisions.deliver(info_request, delivered_at=_at(given_on), actor=officer, now=_at(given_on))
    elif info_request.decision not in decisions.GRANTED and given_on < today:
        decisions.close(info_request, actor=officer, now=_at(given_on))


def seed_history(*, test: ConsequenceTest, today: date, count: int = 60) -> HistoryReport:
    """File ``count`` requests spread over the last two years, decide most of them, and object to a few."""
    rng = random.Random(14_2008)
    officer, atasan = auth.get_by_email("ppid@demo.test"), auth.get_by_email("atasan@demo.test")
    units = {u.code: u for u in db.session.scalars(sa.select(Unit).where(Unit.code.in_(UNITS)))}
    first_mail = db.session.scalar(sa.select(sa.func.max(OutboxMail.id))) or 0
    start = date(today.year - 1, 1, 6)
    span = (today - timedelta(days=21) - start).days
    outcomes, weights = zip(*OUTCOMES, strict=True)
    filed = []
    for number in range(1, count + 1):
        received = start + timedelta(days=span * (number - 1) // count)
        unit = units[UNITS[rng.randrange(len(UNITS))]]
        info_request = _file(rng, number, received, unit, officer)
        _decide(rng, info_request, rng.choices(outcomes, weights)[0], officer, atasan, test, today)
        filed.append(info_request)
    objections, disputes = _object(filed, officer, atasan, today)
    _publish_report(today, officer)
    # The past steps' mail was "sent" back then; do not send it to demo addresses today.
    db.session.execute(sa.delete(OutboxMail).where(OutboxMail.id > first_mail))
    db.session.commit()
    return HistoryReport(count, objections, disputes)


def _object(filed: list[InfoRequest], officer, atasan, today: date) -> tuple[int, int]:
    """Keberatan on three refusals and one late notice; the atasan upholds two and overturns one; one goes to
    the Komisi Informasi."""
    refused = [r for r in filed if r.decision == Decision.DITOLAK and r.notified_at]
    late = [r for r in filed if r.notified_at and local_date(r.notified_at) > r.current_due_date
            and r.decision != Decision.DITOLAK]
    targets = [(r, ["a"]) for r in refused[:3]] + [(r, ["g"]) for r in late[:1]]
    sengketa_count = 0
    for index, (info_request, grounds) in enumerate(targets):
        filed_on = _working_day_after(local_date(info_request.notified_at), 5)
        objection = keberatan.file_keberatan(
            info_request, grounds=grounds, channel=Channel.WEB, filed_at=_at(filed_on), actor=None,
            now=_at(filed_on), case="Saya membutuhkan informasi ini untuk memeriksa ketepatan sasaran bantuan; "
                                   "penolakan tidak menjelaskan uji konsekuensinya." if grounds == ["a"] else
            "Pemberitahuan tertulis saya terima melewati batas waktu 10 hari kerja.")
        answered_on = _working_day_after(filed_on, 12 + index)
        if answered_on >= today or index == 3:
            continue
        outcome = Outcome.DIBATALKAN if index == 1 else Outcome.DIKUATKAN
        keberatan.respond(objection, outcome=outcome, actor=atasan, now=_at(answered_on),
                          reasons="Informasi yang diminta memuat data pribadi penerima bantuan; uji konsekuensi "
                                  "menunjukkan kerugian bila dibuka." if outcome == Outcome.DIKUATKAN else
                          "Data agregat per desa dapat diberikan tanpa data pribadi; PPID diminta memberikannya.")
        if index == 0:
            sengketa_count += 1
            case = sengketa.record_sengketa(objection, commission="Komisi Informasi Provinsi Jawa Timur",
                                            case_number="012/REG-PSI/KIP-JATIM/2026 (demo)",
                                            filed_on=_working_day_after(answered_on, 6), actor=officer,
                                            now=_at(_working_day_after(answered_on, 6)))
            mediation = _working_day_after(answered_on, 16)
            if mediation < today:
                sengketa.advance(case, stage=Stage.MEDIASI, on=mediation, actor=officer, now=_at(mediation))
    return len(targets), sengketa_count


def _publish_report(today: date, officer) -> None:
    """Publish last year's annual report in March, as Perki 1/2021 Pasal 56 asks (by 31 March)."""
    year, published_on = today.year - 1, date(today.year, 3, 20)
    if published_on >= today:
        return
    now = _at(published_on)
    reports.save_narrative(year, REPORT_NARRATIVE, actor=officer, now=now)
    reports.publish(year, actor=officer, now=now)
    # Like every demo entry, the report and the access summary the publication filed are marked demo.
    db.session.execute(sa.update(InformationEntry).where(
        InformationEntry.legal_item.in_((reports.REPORT_ITEM, reports.SUMMARY_ITEM)), InformationEntry.year == year,
        InformationEntry.produced_at == published_on).values(is_demo=True))
    db.session.commit()


REPORT_NARRATIVE = {
    "policy": "Pelayanan informasi publik diselenggarakan berdasarkan UU 14/2008, Perki 1/2021 dan Keputusan "
              "Kepala Dinas tentang PPID Utama dan PPID Pelaksana; DIP ditetapkan dan dimutakhirkan tiap semester.",
    "facilities": "Meja layanan informasi di kantor Dinas dan 30 UPT, portal PPID dengan formulir daring, "
                  "pelacakan permohonan dan pencarian dokumen; ruang baca yang dapat diakses kursi roda.",
    "staffing": "Satu PPID Utama dengan empat staf pelaksana dan satu petugas pada setiap UPT/Balai; dua petugas "
                "telah mengikuti bimbingan teknis Komisi Informasi Provinsi.",
    "budget": "Anggaran pelayanan informasi dialokasikan dalam DPA Sekretariat untuk pemeliharaan portal, "
              "penggandaan dokumen dan bimbingan teknis petugas.",
    "obstacles_internal": "Sebagian data UPT masih tersimpan dalam bentuk cetak sehingga perlu waktu untuk "
                          "didokumentasikan; rotasi petugas PPID Pelaksana.",
    "obstacles_external": "Permohonan yang kurang jelas rinciannya dan identitas yang tidak dilampirkan.",
    "recommendations": "Digitalisasi arsip UPT, pelatihan uji konsekuensi bagi PPID Pelaksana, dan pengumuman "
                       "data agregat penerima bantuan agar permohonan data pribadi berkurang.",
}
