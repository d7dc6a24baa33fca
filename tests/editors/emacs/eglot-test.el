;;; eglot-test.el --- Emacs with eglot against the real `dispatch lsp', headless  -*- lexical-binding: t; -*-
;;
;; Run by run.sh, which first loads the README's Emacs configuration (its ```elisp block under
;; "Emacs"), so that this checks the configuration readers copy. Steps: open a .dispatch file that
;; lacks its agency tag, see eglot start the server and flymake show DSP0003; type the tag and see
;; it go; format the buffer through the server; shut the server down. Prints "ok - ..." or
;; "not ok - ..." per step and a closing "N passed, N failed" line; exits 1 when a step failed.

(require 'eglot)
(require 'flymake)

(defvar dispatch-test--passed 0)
(defvar dispatch-test--failed 0)

(defun dispatch-test--report (ok what)
  (if ok (setq dispatch-test--passed (1+ dispatch-test--passed))
    (setq dispatch-test--failed (1+ dispatch-test--failed)))
  (princ (format "%s - %s\n" (if ok "ok" "not ok") what)))

(defun dispatch-test--run-idle-timers ()
  "Run the idle timers that are due, as Emacs does when the user stops typing.
Batch Emacs is never idle, yet eglot sends `didChange' and flymake starts a check from idle timers."
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list)
      (timer-event-handler timer))))

(defun dispatch-test--wait-until (predicate seconds)
  "Process events (and idle timers) until PREDICATE holds or SECONDS pass; return its last value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (dispatch-test--run-idle-timers)
      (accept-process-output nil 0.1))
    value))

(defun dispatch-test--codes ()
  "The diagnostic texts flymake holds for the current buffer."
  (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))

(defun dispatch-test--mentions (code)
  (seq-some (lambda (text) (string-match-p (regexp-quote code) text)) (dispatch-test--codes)))

(let* ((directory (make-temp-file "dispatch-emacs-" t))
       (file (expand-file-name "missing-tag.dispatch" directory)))
  (with-temp-file file
    (insert "Diyarbakır'da kitap fuarı açıldı\n\n"
            "Kentte düzenlenen kitap fuarı ilk gününde yoğun ilgi gördü.   \n"
            "Fuar pazar gününe kadar açık kalacak.\n"
            "YASAL UYARI: Yayınlanan haberin tüm hakları İlke Haber Ajansı'na aittir.\n"))
  (find-file file)
  (dispatch-test--report (eq major-mode 'dispatch-mode) (format "%s opens in dispatch-mode (%s)" (file-name-nondirectory file) major-mode))
  ;; eglot-ensure connects from post-command-hook, which batch mode never runs by itself.
  (run-hooks 'post-command-hook)
  (let ((server (dispatch-test--wait-until #'eglot-current-server 30)))
    (dispatch-test--report server "eglot starts the dispatch server and manages the buffer")
    (when server
      (dispatch-test--report (dispatch-test--wait-until (lambda () (dispatch-test--mentions "DSP0003")) 30)
                             (format "flymake shows DSP0003 (missing agency tag): %S" (dispatch-test--codes)))
      ;; Type the tag at the end of the last paragraph (line 4).
      (goto-char (point-min))
      (forward-line 3)
      (end-of-line)
      (insert " (İLKHA)")
      (run-hooks 'post-command-hook)
      (dispatch-test--report (dispatch-test--wait-until (lambda () (not (dispatch-test--mentions "DSP0003"))) 30)
                             (format "typing the tag (İLKHA) clears DSP0003: %S" (dispatch-test--codes)))
      ;; Formatting (the server's SyntaxNormalizer) removes the trailing spaces of line 3.
      (eglot-format-buffer)
      (dispatch-test--report (dispatch-test--wait-until
                              (lambda () (not (string-match-p "gördü\\. +\n" (buffer-string)))) 10)
                             "eglot-format-buffer applies the server's formatting (trailing spaces removed)")
      ;; eglot-shutdown sends shutdown (an error or no answer within 1.5 s signals) and exit, then
      ;; jsonrpc deletes the process whatever it does, so its exit status says nothing.
      (let ((process (jsonrpc--process server))
            (answered (condition-case err (progn (eglot-shutdown server) t)
                        (error (princ (format "# eglot-shutdown: %S\n" err)) nil))))
        (dispatch-test--report (and answered (dispatch-test--wait-until (lambda () (not (process-live-p process))) 10))
                               "eglot-shutdown: the server answers shutdown and is gone")))))

(princ (format "%d passed, %d failed\n" dispatch-test--passed dispatch-test--failed))
(kill-emacs (if (and (= dispatch-test--failed 0) (> dispatch-test--passed 0)) 0 1))
