#!/usr/bin/env bash
# Re-make the jrnl exports in this folder with the real jrnl 4.6 (not needed by the tests).
# Once with jrnl's default 12-hour time format, once with a 24-hour one.
# Run from this folder: JRNL=/path/to/venv/bin/jrnl ./make_exports.sh
set -euo pipefail
J=${JRNL:-jrnl}
for clock in 12h 24h; do
if [ $clock = 12h ]; then timeformat='%F %r'; else timeformat='%Y-%m-%d %H:%M'; fi
out="$PWD/$clock"
rm -rf "$out" && mkdir -p "$out/per-entry"
work=$(mktemp -d)
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
timeformat: '$timeformat'
version: v4.6
YAML
$J "2023-12-24 20:00: Kerstavond. Stil thuis, de kinderen sliepen vroeg. @thuis" </dev/null
$J "2023-12-31 23:15: Laatste avond van het jaar. Ik schrijf op wat ik wil houden." </dev/null
$J "2024-03-01 08:15: Eerste dag. Vandaag begon ik met schrijven. @herstel @thuis" </dev/null
$J "2024-03-02 21:40: Naïef geloof — een lange wandeling langs de Schelde. Het voelde goed. @wandelen *" </dev/null
$J "2024-03-05 07:05: Café met Zoë. Ze luisterde; ik voelde me gehoord. 😊 @steun @Zoë" </dev/null
printf '2024-09-20 18:45: Gesprek met de therapeut.\nWe spraken over wat ik nodig heb.\n\n# Drie dingen\n- rust\n- een eigen kamer\n- "tijd" voor mij\n\n@therapie @grenzen\n' | $J
$J "2024-09-20 21:10: Tweede keer vandaag. Een korte avondnotitie. @grenzen" </dev/null
$J --export json --file "$out/journal.json"
$J --export markdown --file "$out/journal.md"
$J --export txt --file "$out/journal.txt"
$J --export markdown --file "$out/per-entry/"
rm -rf "$work"
done
