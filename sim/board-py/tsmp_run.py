# Entry point for `tsmp run` under a unix `micropython`: installs the board modules, then runs
# the program file given as the first argument (from the current directory) and exits with its
# exit code. Usage: micropython tsmp_run.py [--boot boot.py] main.py [args...]
import sys
import board_install

sys.path.insert(0, "lib")
sys.path.insert(0, "")
boot = None
if len(sys.argv) > 2 and sys.argv[1] == "--boot":
    boot = sys.argv[2]
    sys.argv = sys.argv[2:]
entry = sys.argv[1]
sys.argv = sys.argv[1:]
if boot is not None:
    code = board_install.run_file(boot)
    if code:
        sys.exit(code)
sys.exit(board_install.run_file(entry))
