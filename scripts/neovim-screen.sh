#!/usr/bin/env bash
# Records what a planner sees in Neovim with `oras-check server`: the bundled example with
# mistakes, its diagnostics as virtual text and the hover of the first finding, captured from a
# tmux pane as text (docs/neovim-screen.txt, shown in the README). Needs nvim, tmux and a built
# oras-check (cargo build).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(pwd)/target/debug/oras-check"
plan="${1:-examples/omaishoitaja-2025-mistakes.toml}"
out="${2:-docs/neovim-screen.txt}"
init="$(mktemp --suffix=.lua)"
trap 'rm -f "$init"; tmux kill-session -t oras-screen 2>/dev/null || true' EXIT
cat >"$init" <<LUA
vim.o.number = true
vim.o.signcolumn = 'yes'
vim.diagnostic.config({ virtual_text = { source = false }, underline = false })
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = 'oras-check',
  cmd = { '$bin', 'server', '--as-of', '2025-03-20' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(buf, id)
vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local first = vim.diagnostic.get(buf)[1]
vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
vim.cmd('normal! zz')
vim.lsp.buf.hover()
LUA
tmux kill-session -t oras-screen 2>/dev/null || true
tmux new-session -d -s oras-screen -x 110 -y 34 \
    "ORAS_CHECK_LANG=fi nvim --clean -n -c 'luafile $init' '$plan'"
sleep 6
tmux capture-pane -p -t oras-screen | sed -e 's/[[:space:]]*$//' >"$out"
echo "wrote $out"
