" Drives dwnet's language server from a headless Vim with ALE, as the README sets it up:
" diagnostics, :ALECodeAction under the cursor (ALE echoes only code, message and range),
" :ALEHover and completion over ALE's connection. Records what Vim saw into $DWNET_OUT
" as JSON; vim.mjs checks it.
"
" Started by vim.mjs: vim -Nu test/editors/vim-ale.vim -es -n -i NONE with DWNET_FILE,
" DWNET_NODE, DWNET_CLI and DWNET_OUT.
set nocompatible
filetype plugin on
packadd ale

let s:seen = {'steps': [], 'errors': {}, 'vim': v:version}

" The README's set-up (there, 'executable' is dwnet and the command '%e lsp --stdio').
autocmd BufRead,BufNewFile *.dwnet.json setlocal filetype=dwnet syntax=jsonc
call ale#linter#Define('dwnet', {
\   'name': 'dwnet',
\   'lsp': 'stdio',
\   'executable': $DWNET_NODE,
\   'command': '%e ' . shellescape($DWNET_CLI) . ' lsp --stdio',
\   'project_root': {buffer -> fnamemodify(bufname(buffer), ':p:h')},
\   'lsp_config': {'dwnet': {'rules': {'rg-sg-egress-missing': 'warning'}}},
\})

" A user picks an action from ALE's numbered list: the first (dwnet's preferred fix).
runtime autoload/ale/util.vim
function! ale#util#Input(message, value, ...) abort
  let s:seen.codeActionMenu = a:message
  return '1'
endfunction
" Where ALE shows a hover (echo or preview): recorded.
function! ale#util#ShowMessage(string, ...) abort
  let s:seen.hover = a:string
endfunction

function! s:Wait(what, Condition) abort
  let l:waited = 0
  while !a:Condition()
    if l:waited > 20000
      throw 'timed out waiting for ' . a:what
    endif
    sleep 50m
    let l:waited += 50
  endwhile
endfunction

function! s:Codes() abort
  let l:info = get(g:ale_buffer_info, bufnr(''), {})
  return sort(map(copy(get(l:info, 'loclist', [])), {_, item -> get(item, 'code', '')}))
endfunction

function! s:CursorAt(needle, offset) abort
  let l:line = search('\V' . escape(a:needle, '\'), 'cw')
  if l:line == 0
    throw a:needle . ' is not in the buffer'
  endif
  call cursor(l:line, stridx(getline(l:line), a:needle) + 1 + a:offset)
  return l:line
endfunction

function! s:Diagnostics() abort
  call s:Wait('diagnostics', {-> len(s:Codes()) > 0})
  let s:seen.diagnostics = s:Codes()
  for l:item in g:ale_buffer_info[bufnr('')].loclist
    if get(l:item, 'code', '') is# 'rg-sg-egress-missing'
      let s:seen.egressType = l:item.type
    endif
  endfor
endfunction

function! s:QuickFix() abort
  let l:line = s:CursorAt('"127.0.0.1"', 2)
  let l:tick = b:changedtick
  ALECodeAction
  call s:Wait('the quick fix', {-> b:changedtick != l:tick})
  let s:seen.fixedLine = getline(l:line)
  " ALE lints a changed buffer after a delay.
  call ale#Queue(0)
  call s:Wait('diagnostics after the fix', {-> index(s:Codes(), 'whitelist-missing') < 0})
  let s:seen.diagnosticsAfterFix = s:Codes()
endfunction

function! s:Hover() abort
  call s:CursorAt('"engine"', 2)
  ALEHover
  call s:Wait('the hover', {-> has_key(s:seen, 'hover')})
endfunction

function! s:OnCompletion(response) abort
  let l:result = get(a:response, 'result', {})
  let l:items = type(l:result) == v:t_dict ? get(l:result, 'items', []) : l:result
  let s:seen.hostingCompletion = sort(map(copy(l:items), {_, item -> substitute(item.label, '"', '', 'g')}))
endfunction

function! s:Completion() abort
  let l:line = s:CursorAt('"hosting": "', len('"hosting": "'))
  call ale#lsp_linter#SendRequest(
  \   bufnr(''),
  \   'dwnet',
  \   ale#lsp#message#Completion(bufnr(''), l:line, col('.'), ''),
  \   function('s:OnCompletion'),
  \)
  call s:Wait('completion', {-> has_key(s:seen, 'hostingCompletion')})
endfunction

execute 'edit ' . fnameescape($DWNET_FILE)
for [s:name, s:Step] in [
\   ['diagnostics', function('s:Diagnostics')],
\   ['quick fix', function('s:QuickFix')],
\   ['hover', function('s:Hover')],
\   ['completion', function('s:Completion')],
\]
  try
    call s:Step()
    call add(s:seen.steps, s:name)
  catch
    let s:seen.errors[s:name] = v:exception . ' at ' . v:throwpoint
  endtry
endfor
call writefile([json_encode(s:seen)], $DWNET_OUT)
qall!
