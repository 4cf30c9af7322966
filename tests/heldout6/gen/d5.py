from lib import *

write("005_brief_ocw_basisvaardigheden_voetnoten", "d5.txt",
      "OCW Kamerbrief (margin form, signed by MOCW with a title wrapped over two lines) whose "
      "Kamerstukken are all in footnotes, referenced by glued digits ('20261', 'c.s.3', "
      "'laaggeletterdheid5'), a footnote block at the end of page 2 after the signature.  Two motions "
      "settled ('Hiermee is aan de motie voldaan'; a motion carried out differently, 'beschouw ik de "
      "motie als uitgevoerd').  Three commitments: MOCW's CD commitment 'kom ik ... na' (settled), "
      "SOCW's commitment at the begrotingsbehandeling (footnoted Handelingen) in progress with a status "
      "time as deadline, the predecessor's TZ-numbered one only pointed at ('ik verwijs naar': no "
      "relation); a new one.  Look-alikes: Stcrt. 2026, 31293; '1 293 scholen'; kenmerk 51877302.",
      "2027-01-25", "brief", "2027-01-25", None,
      [K("kst-31293-790", "II", "2025-2026"), K("kst-31293-781", "II", "2025-2026"),
       K("kst-36800-VIII-63", "II", "2026-2027"), K("kst-28760-151", "II", "2026-2027"),
       K("kst-27923-498", "II", "2026-2027")],
      [H("h-tk-20262027-20-11")],
      [T("2026Z21409", "zaak"), T("TZ202402-112", "toezegging")],
      [M("kst-31293-781", [S("Bijlsma", "GroenLinks-PvdA")], False, "settled"),
       M("kst-36800-VIII-63", [S("De Kruijf", "NSC"), S("Hamelink", "VVD")], True, "settled")],
      [C(["MOCW"], "2026-09-24", "settled", venue="commissiedebat Curriculum",
         deadline="voor het einde van het jaar", about="kerndoelen Nederlands"),
       C(["SOCW"], "2026-11-06", "progress", venue="begrotingsbehandeling", deadline="in april 2027",
         about="extra lesuren mbo (status time as deadline)"),
       C(["MOCW"], "2024-02-08", venue="commissiedebat Funderend onderwijs", refs=["TZ202402-112"],
         about="onderwijsassistenten; the predecessor's (office MOCW); only pointed at: no relation"),
       C(["MOCW"], None, "made", deadline="voor de zomer van 2027", about="pilot voorlezen")])
