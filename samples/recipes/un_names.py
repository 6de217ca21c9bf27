"""The UN sample's names in other languages (issue 19), each with its source.

Chinese: the Chinese version of A/72/525 (``/work/shared/domain/A-72-525-zh.txt``),
paragraph given per name [S]. French, Spanish and Arabic: the official names of
DPPA and DPO as the UN's own sites in those languages give them [S]. Nothing
else is translated here: a name not found in an official text stays missing
(the chart shows it in English and the export counts it), never invented.
"""

from __future__ import annotations

from orgeditor.model import Design, LocalName

# unit id -> language -> (name, where it is from)
NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "sg": {"zh": ("秘书长", "A/72/525 (zh), title: 秘书长的报告")},
    "dpa": {"zh": ("政治事务部", "A/72/525 (zh) ¶33")},
    "dpko": {"zh": ("维持和平行动部", "A/72/525 (zh) ¶33")},
    "oo": {"zh": ("行动厅", "A/72/525 (zh) ¶33")},
    "pbso": {"zh": ("建设和平支助办公室", "A/72/525 (zh) ¶24")},
    "oma": {"zh": ("军事厅", "A/72/525 (zh) ¶31")},
    "orolsi": {"zh": ("法治和安全机构办公室", "A/72/525 (zh) ¶32")},
    "spg": {"zh": ("常设主管小组", "A/72/525 (zh) ¶20(d)")},
    "srs": {"zh": ("单一的区域政治-行动构架", "A/72/525 (zh) ¶47")},
    "dppa": {
        "zh": ("政治和建设和平事务部", "A/72/525 (zh) ¶20(a)"),
        "fr": (
            "Département des affaires politiques et de la consolidation de la paix",
            "un.org/fr",
        ),
        "es": ("Departamento de Asuntos Políticos y de Consolidación de la Paz", "un.org/es"),
        "ar": ("إدارة الشؤون السياسية وبناء السلام", "un.org/ar"),
    },
    "dpo": {
        "zh": ("和平行动部", "A/72/525 (zh) ¶20(b)"),
        "fr": ("Département des opérations de paix", "un.org/fr"),
        "es": ("Departamento de Operaciones de Paz", "un.org/es"),
        "ar": ("إدارة عمليات السلام", "un.org/ar"),
    },
}

PROVENANCE = (
    "Names in other languages [S]: Chinese from the Chinese version of A/72/525 (DPPA ¶20(a), "
    "DPO ¶20(b), Standing Principals' Group ¶20(d), PBSO ¶24, OMA ¶31, OROLSI ¶32, DPA, DPKO and "
    "the Office of Operations ¶33, the single regional political-operational structure ¶47); "
    "French, Spanish and Arabic names of DPPA and DPO as the UN's sites in those languages "
    "give them. No other official translation was at hand: every other name is English only, "
    "and an export in another language counts it as missing."
)


def add_names(design: Design) -> None:
    """Give every scenario's units their names in other languages (see :data:`NAMES`)."""
    design.metadata.provenance.append(PROVENANCE)
    for scenario in design.scenarios:
        for unit_id, names in NAMES.items():
            if unit_id in scenario.units:
                unit = scenario.units[unit_id]
                unit.names = {tag: LocalName(name) for tag, (name, _) in names.items()}
