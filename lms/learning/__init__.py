"""Learning: what a learner does and what it leaves behind.

- pages, blocks, grading: the abstract learning pages (the contract that course and toolkit
  pages satisfy), the shared StreamField blocks, grading of answers on the server
- index_pages: the abstract index page at the root of each product's tree (course index,
  toolkit index), which lists its containers and puts its tree under editorial review
- models: cohorts (key, window, capacity), a coordinator's invitations to a cohort, enrolments,
  completed steps, assessment attempts, certificates, feedback
- services: the verbs (enrol, invite_listed / accept_invitation / decline_invitation, withdraw,
  complete_step, submit_assessment, issue and revoke a certificate, record_feedback); progress:
  how far a learner is
- certificate_pdf, tasks, receivers, signals: certificates made in the background on completion
- editorial: the review workflow for learning content
- views, forms, admin: leaves (nothing in lms imports them)
"""
