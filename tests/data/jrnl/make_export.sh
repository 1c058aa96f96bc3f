#!/usr/bin/env bash
# Re-make export.json with the real jrnl (not needed by the tests). Run from this folder.
set -euo pipefail
work=$(mktemp -d)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet jrnl
export HOME="$work" XDG_CONFIG_HOME="$work/cfg" XDG_DATA_HOME="$work/data"
mkdir -p "$work/cfg/jrnl"
cat > "$work/cfg/jrnl/jrnl.yaml" <<YAML
colors: {body: none, date: none, tags: none, title: none}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: true
indent_character: '|'
journals:
  default:
    journal: $work/journal.txt
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
YAML
J="$work/venv/bin/jrnl"
$J "2024-03-01 08:15: Eerste dag. Vandaag begon ik met schrijven. @herstel @thuis" </dev/null
$J "2024-03-02 21:40: Naïef geloof — een lange wandeling langs de Schelde. Het voelde goed. @wandelen *" </dev/null
$J "2024-03-05 07:05: Café met Zoë. Ze luisterde; ik voelde me gehoord. 😊 @steun @Zoë" </dev/null
$J "2024-12-31 23:59: Laatste avond van het jaar." </dev/null
$J "2025-01-01 00:00: Nieuw begin! Wat heb ik nodig? Rust, steun en informatie. @nodig *" </dev/null
$J "2025-06-15 14:30: Grens gesteld. Ik heb gezegd dat ik tijd voor mezelf neem. Dat is mijn keuze, niet zijn straf. @grenzen @herstel" </dev/null
printf '2025-09-20 18:45: Gesprek met de therapeut.\nWe spraken over wat ik nodig heb.\n\nDrie dingen:\n- rust\n- een eigen kamer\n- "tijd" voor mij\n\n@therapie @grenzen\n' | $J
$J --export json --file "$PWD/export.json"
rm -rf "$work"
