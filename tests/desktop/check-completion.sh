#!/usr/bin/env bash
# The bash completion, sourced with small stand-ins for bash-completion's
# helpers: the subcommands, their kinds and options, and option values.
set -euo pipefail
_init_completion() {
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
}
_filedir() { :; }
complete() { :; }
# shellcheck source=/dev/null
source "$1"

complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _delegation_planner
    echo "${COMPREPLY[*]}"
}
expect() {
    local want=$1
    shift
    local got
    got=$(complete_words "$@")
    [[ " $got " == *" $want "* ]] || { echo "completing '$*' gave '$got', not '$want'" >&2; exit 1; }
}
refuse() {
    local unwanted=$1
    shift
    local got
    got=$(complete_words "$@")
    [[ " $got " != *" $unwanted "* ]] || { echo "completing '$*' offered '$unwanted'" >&2; exit 1; }
}
expect export delegation-planner ex
expect agenda delegation-planner export ag
expect itinerary delegation-planner export it
expect organisations delegation-planner list or
expect --forum delegation-planner export agenda --db x.dpdb --fo
expect --per-day delegation-planner export timeline --per
refuse --forum delegation-planner export roster --fo
expect Letter delegation-planner export agenda --page-size L
expect immigration delegation-planner export roster --preset im
expect --replace delegation-planner import --re
expect --sample delegation-planner --sa
echo "bash completion offers the commands, kinds, options and values"
