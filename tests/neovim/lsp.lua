-- Headless Neovim as a planner's editor (tests/neovim.rs): starts `oras-check server` with
-- vim.lsp.start_client, opens a plan, waits for diagnostics, asks for a hover and a code action
-- on the first diagnostic that carries a repair, applies the repair and waits for the plan to be
-- checked again. Everything seen is written as JSON to $RESULT; the Rust test judges it.
-- Written for Neovim 0.7 (Debian 12) and later.

local bin = os.getenv('ORAS_CHECK_BIN')
local plan = os.getenv('PLAN')
local result_file = os.getenv('RESULT')
local as_of = os.getenv('AS_OF')

local result = { errors = {} }

local function finish()
  local f = io.open(result_file, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function fail(message)
  table.insert(result.errors, message)
  finish()
end

-- Any Lua error ends the run with the error recorded, never a Neovim left waiting.
local function main()
vim.cmd('edit ' .. vim.fn.fnameescape(plan))
local buf = vim.api.nvim_get_current_buf()

local client_id = vim.lsp.start_client({
  name = 'oras-check',
  cmd = { bin, 'server', '--as-of', as_of },
  root_dir = vim.fn.fnamemodify(plan, ':h'),
})
if not client_id then
  return fail('the server did not start')
end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  return fail('no diagnostics')
end
local client = vim.lsp.get_client_by_id(client_id)
result.offset_encoding = client.offset_encoding

local function snapshot()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, {
      code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code,
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    })
  end
  return out
end
result.diagnostics = snapshot()

-- The first diagnostic with a repair in its data.
local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp
  if lsp and lsp.data and lsp.data.fixes and #lsp.data.fixes > 0 then
    -- The LSP diagnostic again, its range from the buffer's (Neovim 0.7 keeps no range in
    -- user_data; the columns are bytes, which is the utf-8 encoding agreed on).
    target = {
      range = {
        start = { line = d.lnum, character = d.col },
        ['end'] = { line = d.end_lnum, character = d.end_col },
      },
      code = lsp.code, data = lsp.data, message = d.message, severity = d.severity,
      source = d.source,
    }
    break
  end
end
if not target then
  return fail('no diagnostic carries a repair')
end

local hover = client.request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = target.range.start,
}, 10000, buf)
if not hover or hover.err or not hover.result then
  return fail('no hover')
end
result.hover = hover.result.contents.value

local actions = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = target.range,
  context = { diagnostics = { target } },
}, 10000, buf)
if not actions or actions.err or not actions.result then
  return fail('no code actions')
end
result.actions = {}
local chosen
for _, a in ipairs(actions.result) do
  table.insert(result.actions, a.title)
  if a.isPreferred and not chosen then
    chosen = a
  end
end
if not chosen then
  return fail('no preferred code action')
end
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
result.line_after = vim.api.nvim_buf_get_lines(buf, target.range.start.line,
  target.range.start.line + 1, false)[1]

-- Checked again after the change: the repaired diagnostic is gone.
local before = #result.diagnostics
vim.wait(30000, function()
  local now = vim.diagnostic.get(buf)
  for _, d in ipairs(now) do
    if d.user_data and d.user_data.lsp and d.user_data.lsp.code == target.code
        and d.lnum == target.range.start.line then
      return false
    end
  end
  return true
end, 20)
result.diagnostics_after = snapshot()
result.before = before
client.stop()
finish()
end

local ok, err = pcall(main)
if not ok then
  fail(tostring(err))
end
