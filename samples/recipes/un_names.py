"""The UN sample's names in other languages (issue 19), each with its source.

Chinese: the Chinese version of A/72/525 (``/work/shared/domain/A-72-525-zh.txt``),
paragraph given per name [S]. French, Spanish and Arabic: the official names as the
UN's own sites in those languages give them, URL per name [S]. Russian: no official
UN page was found (only machine translations), so no Russian name is given; searched
again in session 7 for DPPA, DPO, PBSO, OMA, OROLSI, DPKO, DPA and the regional
divisions (dppa.un.org/ru, peacekeeping.un.org/ru, news.un.org/ru, un.org/ru): the
Russian DPPA site's pages found hold English text, the rest were third-party or
machine translations, none an official source. Nothing
else is translated here: a name not found in an official text stays missing
(the chart shows it in English and the export counts it), never invented.
"""

from __future__ import annotations

from orgeditor.model import Design, LocalName

_DPPA_FR = "https://dppa.un.org/fr/about-us"
_DPO_FR = "https://peacekeeping.un.org/fr/department-of-peace-operations"
_OROLSI_AR = "https://peacekeeping.un.org/ar/office-of-rule-of-law-and-security-institutions"

# unit id -> language -> (name, where it is from: a paragraph of A/72/525 (zh) or a URL) [S]
NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "sg": {"zh": ("秘书长", "A/72/525 (zh), title: 秘书长的报告")},
    "dpa": {
        "zh": ("政治事务部", "A/72/525 (zh) ¶33"),
        "fr": ("Département des affaires politiques", _DPPA_FR),
    },
    "dpko": {
        "zh": ("维持和平行动部", "A/72/525 (zh) ¶33"),
        "es": (
            "Departamento de Operaciones de Mantenimiento de la Paz",
            "http://www.un.org/es/peacekeeping/publications/yir/2008/intro.shtml",
        ),
    },
    "oo": {"zh": ("行动厅", "A/72/525 (zh) ¶33")},
    "pbso": {
        "zh": ("建设和平支助办公室", "A/72/525 (zh) ¶24"),
        "fr": (
            "Bureau d'appui à la consolidation de la paix",
            "https://dppa.dfs.un.org/fr/what-we-do",
        ),
        "es": (
            "Oficina de las Naciones Unidas de Apoyo a la Consolidación de la Paz",
            "http://www.un.org/es/peacebuilding/pbso/pbun.shtml",
        ),
        "ar": ("مكتب دعم بناء السلام", "https://dppa.un.org/ar/what-we-do"),
    },
    "oma": {
        "zh": ("军事厅", "A/72/525 (zh) ¶31"),
        "fr": ("Bureau des affaires militaires", _DPO_FR),
        "es": (
            "Oficina de Asuntos Militares",
            "http://www.un.org/es/peacekeeping/about/dpko/oma.shtml",
        ),
    },
    "orolsi": {
        "zh": ("法治和安全机构办公室", "A/72/525 (zh) ¶32"),
        "fr": (
            "Bureau de l'état de droit et des institutions chargées de la sécurité",
            _DPO_FR,
        ),
        "ar": ("مكتب سيادة القانون والمؤسسات الأمنية", _OROLSI_AR),
    },
    "spg": {"zh": ("常设主管小组", "A/72/525 (zh) ¶20(d)")},
    "srs": {"zh": ("单一的区域政治-行动构架", "A/72/525 (zh) ¶47")},
    "dppa": {
        "zh": ("政治和建设和平事务部", "A/72/525 (zh) ¶20(a)"),
        "fr": (
            "Département des affaires politiques et de la consolidation de la paix",
            _DPPA_FR,
        ),
        "es": (
            "Departamento de Asuntos Políticos y de Consolidación de la Paz",
            "https://dppa.un.org/es/what-we-do",
        ),
        "ar": ("إدارة الشؤون السياسية وبناء السلام", "https://dppa.un.org/ar/about-us"),
    },
    "dpo": {
        "zh": ("和平行动部", "A/72/525 (zh) ¶20(b)"),
        "fr": ("Département des opérations de paix", _DPO_FR),
        "es": ("Departamento de Operaciones de Paz", "https://peacekeeping.un.org/es/node/6"),
        "ar": ("إدارة عمليات السلام", _OROLSI_AR),
    },
}

PROVENANCE = (
    "Names in other languages [S]: Chinese from the Chinese version of A/72/525 (DPPA ¶20(a), "
    "DPO ¶20(b), Standing Principals' Group ¶20(d), PBSO ¶24, OMA ¶31, OROLSI ¶32, DPA, DPKO and "
    "the Office of Operations ¶33, the single regional political-operational structure ¶47; "
    "the required body rules.required_bodies declares takes the Standing Principals' Group's "
    "name ¶20(d)). "
    "French, Spanish and Arabic from the UN's own sites in those languages: DPPA and DPA "
    "(dppa.un.org/fr/about-us, /es/what-we-do, /ar/about-us), PBSO (dppa.dfs.un.org/fr/what-we-do, "
    "un.org/es/peacebuilding/pbso/pbun.shtml, dppa.un.org/ar/what-we-do), DPO, OROLSI and OMA "
    "(peacekeeping.un.org/fr/department-of-peace-operations, /es/node/6, "
    "/ar/office-of-rule-of-law-and-security-institutions, un.org/es/peacekeeping/about/dpko/"
    "oma.shtml), DPKO in Spanish (un.org/es/peacekeeping/publications/yir/2008/intro.shtml). "
    "No Russian name: no official UN page in Russian was found, only machine translations. "
    "Every other name (regional divisions, DPKO in French and Arabic, OMA in Arabic, OROLSI in "
    "Spanish) had no official translation at hand: it stays English only, and an export in "
    "another language counts it as missing."
)


def add_names(design: Design) -> None:
    """Give every scenario's units their names in other languages (see :data:`NAMES`), and
    the required Standing Principals' Group the names of its unit (``spg``)."""
    design.metadata.provenance.append(PROVENANCE)
    for body in design.rules.required_bodies:
        if body.id == "principals-group":
            body.names = {tag: LocalName(name) for tag, (name, _) in NAMES["spg"].items()}
    for scenario in design.scenarios:
        for unit_id, names in NAMES.items():
            if unit_id in scenario.units:
                unit = scenario.units[unit_id]
                unit.names = {tag: LocalName(name) for tag, (name, _) in names.items()}
