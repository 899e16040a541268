;;; eglot.el --- dwnet's language server in Emacs with Eglot, in batch  -*- lexical-binding: t -*-

;; Drives dwnet's language server from `emacs --batch' with Eglot, set up as the README
;; says: diagnostics through Flymake, `eglot-code-actions' at point (the preferred fix
;; is the default choice), a hover and completion at point.  Records what Emacs saw into
;; $DWNET_OUT as JSON; emacs.mjs checks it.
;;
;; Started by emacs.mjs: emacs --batch -l test/editors/eglot.el, with DWNET_FILE,
;; DWNET_NODE, DWNET_CLI and DWNET_OUT.

(require 'eglot)
(require 'json)
(require 'cl-lib)

;; The README's set-up (there, the command is ("dwnet" "lsp" "--stdio")).
(define-derived-mode dwnet-mode js-mode "dwnet"
  "Major mode for DataWorks network topologies (*.dwnet.json)."
  ;; Ids such as rg-serverless are one word: for thing-at-point, and the range of
  ;; `eglot-code-actions' at point.
  (modify-syntax-entry ?- "w"))
(add-to-list 'auto-mode-alist '("\\.dwnet\\.json\\'" . dwnet-mode))
(add-to-list 'eglot-server-programs
             `(dwnet-mode ,(getenv "DWNET_NODE") ,(getenv "DWNET_CLI") "lsp" "--stdio"))
;; Editor settings (workspace/configuration, section dwnet); usually in .dir-locals.el.
(setq-default eglot-workspace-configuration
              '(:dwnet (:rules (:rg-sg-egress-missing "warning"))))

(defun dwnet-explain-task (task)
  "Explain TASK of this topology: its path and the reference document's checklist."
  (interactive "sExplain task: ")
  (let ((answer (jsonrpc-request (eglot-current-server) :workspace/executeCommand
                                 `(:command "dwnet.explainTask"
                                   :arguments [,(buffer-file-name) ,task]))))
    (with-help-window "*dwnet explain*"
      (princ (plist-get answer :text)))))

(defvar dwnet-seen (list (cons 'emacs emacs-version) (cons 'eglot "1.9")))
(defvar dwnet-steps nil)
(defvar dwnet-errors nil)

(defun dwnet-record (key value) (push (cons key value) dwnet-seen))

(defun dwnet-wait (what condition)
  (let ((deadline (+ (float-time) 20)))
    (while (not (funcall condition))
      (when (> (float-time) deadline) (error "timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun dwnet-codes ()
  (sort (cl-loop for diagnostic in (flymake-diagnostics)
                 for lsp = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))
                 collect (format "%s" (plist-get lsp :code)))
        #'string<))

(defun dwnet-goto (needle offset)
  (goto-char (point-min))
  (search-forward needle)
  (goto-char (+ (match-beginning 0) offset)))

(defun dwnet-diagnostics ()
  ;; `eglot-ensure' connects from `post-command-hook', which batch mode never runs.
  (apply #'eglot--connect (eglot--guess-contact))
  (dwnet-wait "diagnostics" (lambda () (dwnet-codes)))
  (dwnet-record 'server (eglot--server-info (eglot-current-server)))
  (dwnet-record 'diagnostics (vconcat (dwnet-codes)))
  (dolist (diagnostic (flymake-diagnostics))
    (when (equal (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))) :code)
                 "rg-sg-egress-missing")
      (dwnet-record 'egressSeverity (symbol-name (flymake-diagnostic-type diagnostic))))))

(defun dwnet-quick-fix ()
  (dwnet-goto "\"127.0.0.1\"" 2)
  (let ((line (line-number-at-pos))
        (tick (buffer-chars-modified-tick))
        ;; A key press, not a mouse click: Eglot asks with `completing-read', whose
        ;; default (what RET takes) is the preferred action.
        (last-nonmenu-event ?\r))
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt _collection &optional _predicate _require _initial _history default
                                &rest _)
                 default)))
      (call-interactively #'eglot-code-actions))
    (dwnet-wait "the quick fix" (lambda () (/= tick (buffer-chars-modified-tick))))
    (dwnet-record 'fixedLine (save-excursion
                               (goto-char (point-min))
                               (forward-line (1- line))
                               (buffer-substring-no-properties (line-beginning-position)
                                                               (line-end-position))))
    ;; Eglot sends the change when Emacs is idle, which it never is in batch mode.
    (eglot--signal-textDocument/didChange)
    (dwnet-wait "diagnostics after the fix"
                (lambda () (not (member "whitelist-missing" (dwnet-codes)))))
    (dwnet-record 'diagnosticsAfterFix (vconcat (dwnet-codes)))))

(defun dwnet-hover ()
  (dwnet-goto "\"engine\"" 2)
  (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                (eglot--TextDocumentPositionParams))))
    (dwnet-record 'hover (plist-get (plist-get hover :contents) :value))))

(defun dwnet-completion ()
  (dwnet-goto "\"hosting\": \"" (length "\"hosting\": \""))
  (let* ((capf (eglot-completion-at-point))
         (candidates (all-completions "" (nth 2 capf))))
    (dwnet-record 'hostingCompletion
                  (vconcat (sort (mapcar (lambda (c) (replace-regexp-in-string "\"" "" (substring-no-properties c)))
                                         candidates)
                                 #'string<)))))

(defun dwnet-explain ()
  (dwnet-explain-task "sync-orders-sh")
  (dwnet-record 'explanation (with-current-buffer "*dwnet explain*" (buffer-string))))

(find-file (getenv "DWNET_FILE"))
(dolist (step '(("diagnostics" . dwnet-diagnostics)
                ("quick fix" . dwnet-quick-fix)
                ("hover" . dwnet-hover)
                ("completion" . dwnet-completion)
                ("explain" . dwnet-explain)))
  (condition-case problem
      (progn (funcall (cdr step)) (push (car step) dwnet-steps))
    (error (push (cons (intern (car step)) (error-message-string problem)) dwnet-errors))))
(dwnet-record 'steps (vconcat (reverse dwnet-steps)))
(dwnet-record 'errors (or dwnet-errors (make-hash-table)))
(with-temp-file (getenv "DWNET_OUT")
  (insert (json-encode dwnet-seen)))
(let ((server (eglot-current-server)))
  (when server (ignore-errors (eglot-shutdown server))))
(kill-emacs 0)
