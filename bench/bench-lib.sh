# Shared by the bench/run-*.sh scripts (sourced, not run): the temporary work directory and the
# Release build of the benchmark targets.
# Expects REPO, BUILD, PACKETS (default size) and KEEP (1 keeps the work directory) to be set
# by the sourcing script.

# Parses the arguments every bench script takes: --packets N, --keep and -h/--help (prints the
# script's leading comment). A script with flags of its own defines bench_extra_arg FLAG, which
# returns 0 when it took the flag.
bench_parse_args() {
    while (($#)); do
        case "$1" in
        --packets)
            PACKETS=${2:?--packets needs a number}
            [[ "$PACKETS" =~ ^[1-9][0-9]*$ ]] || { echo "--packets needs a positive number, not '$PACKETS'" >&2; exit 2; }
            shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *)
            if declare -F bench_extra_arg >/dev/null && bench_extra_arg "$1"; then
                shift
            else
                echo "unknown argument: $1 (see --help)" >&2
                exit 2
            fi ;;
        esac
    done
}

# Creates the work directory WORK (named after $1), removed on exit unless KEEP=1.
bench_work_dir() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/tcplens-$1.XXXXXX")
    trap 'if ((KEEP)); then echo "kept: $WORK" >&2; else rm -rf "$WORK"; fi' EXIT
}

# Configures $BUILD as a Release build of the core when it has no build files yet, warns when
# it is another build type (figures would be off), and builds the named targets; a failure
# prints the log.
bench_build() {
    if [[ ! -f "$BUILD/build.ninja" ]]; then
        echo "configuring $BUILD (Release)" >&2
        cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTCPLENS_BUILD_GUI=OFF >"$WORK/cmake.log" ||
            { cat "$WORK/cmake.log" >&2; exit 1; }
    fi
    local build_type
    build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
    [[ "$build_type" == Release ]] || echo "warning: $BUILD is a '$build_type' build, not Release: figures will be off" >&2
    ninja -C "$BUILD" "$@" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
}
