from lib import *

write("005_beslisnota_lvvn_visserij", "d5.txt",
      "Beslisnota to the minister of LVVN (two-column header with the margin column beside the "
      "labels; the addressee 'u' stays 'u'): the addressee's commitment from CD Visserij of 18 juni "
      "jl. settled ('gestand gedaan'), advice 'toe te zeggen' (a new commitment of the letter: [] as "
      "the seed), a motion 'nog niet als afgedaan' (progress), the predecessor's commitment (MLVVN, "
      "WGO d.d. 13-11-2025) settled, a MKGG commitment the letter only points on (relation left out: "
      "cited or addressed cannot be told), a rejected motion (cited).  Look-alikes: EUR 37,5 mln., "
      "artikel 22, onderdeel 3, the kenmerk.",
      "2026-10-12", "beslisnota", "2026-10-12", None,
      [K("kst-29664-241"), K("kst-21501-32-1788"), K("kst-33450-112"), K("kst-29664-246")],
      [],
      [],
      [M("kst-29664-241", [S("Van Campen"), S("Vermeer")], False, "progress"),
       M("kst-29664-246", [S("Kostić", "PvdD")], False, "cited")],
      [C(["u"], "2026-06-18", "settled", venue="commissiedebat Visserij", deadline="na de zomer",
         about="uitkoopregeling garnalenvissers"),
       C(["MLVVN"], "2025-11-13", "settled", venue="wetgevingsoverleg Visserij",
         about="crisisreserve (ambtsvoorganger)"),
       C(["MKGG"], "2026-09-09", venue="commissiedebat Noordzee", about="windparken en visserij"),
       C([], None, "made", deadline="voor 1 mei 2027", about="Waddenzeeregeling")])
