#!/usr/bin/env Rscript
# Reference fixtures for the survey estimator (DESIGN §6), computed with R's `survey` package.
#
#   Rscript make-fixtures.R            # reads responses.csv, margins.csv, cases.csv; writes expected.csv
#   Rscript make-fixtures.R --inputs   # first regenerates responses.csv and margins.csv (seeded), then the above
#
# Debian: apt-get install r-base-core r-cran-survey r-cran-mass. Run from this folder.
# Each case of cases.csv is one estimate:
#   design      SRS without replacement, fpc N = the margins' total: svydesign(id = ~1, fpc = ~N)
#   calibrate   `|`-separated calibration variables (empty: none): calibrate(calfun = "raking"), optional bounds
#   domain      respondents whose answer is present and not in `exclude` (`|`-separated), optionally restricted
#               to domain_variable == domain_category: subset() of the (calibrated) design
#   kind        proportion: y = (answer == value); svymean + confint (Wald, normal quantile),
#               svyciprop(method = "logit") (Student quantile, df = degf of the domain design)
#               mean: y = as.numeric(answer); svymean + confint
# Numbers are written with 17 significant digits.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")

if ("--inputs" %in% commandArgs(trailingOnly = TRUE)) {
  set.seed(20261122)
  n <- 300
  dispositif <- sample(c("individuel", "sejour_commun", "sac_ados", "seniors_en_vacances"), n, replace = TRUE,
                       prob = c(0.30, 0.45, 0.10, 0.15))
  commune_group <- sample(c("avion", "mericourt", "autres"), n, replace = TRUE, prob = c(0.35, 0.30, 0.35))
  p_oui <- c(individuel = 0.62, sejour_commun = 0.45, sac_ados = 0.70, seniors_en_vacances = 0.35)[dispositif]
  u <- runif(n)
  capacite <- ifelse(u < p_oui, "oui", ifelse(u < p_oui + 0.25, "non", "nsp"))
  capacite[runif(n) < 0.08] <- ""
  lik <- c("tres_positif", "plutot_positif", "neutre", "plutot_negatif", "tres_negatif")
  enfants <- ifelse(dispositif == "seniors_en_vacances" | runif(n) < 0.12, "sans_objet",
                    sample(lik, n, replace = TRUE, prob = c(0.58, 0.25, 0.10, 0.05, 0.02)))
  enfants[runif(n) < 0.05] <- ""
  droits <- ifelse(runif(n) < ifelse(commune_group == "avion", 0.7, 0.55), "oui", "non")
  droits[runif(n) < 0.03] <- ""
  heures <- ifelse(runif(n) < 0.1, "", format(round(rgamma(n, shape = 4, rate = 0.6) + (dispositif == "sejour_commun") * 3, 1), nsmall = 1, trim = TRUE))
  responses <- data.frame(response_id = sprintf("R%04d", 1:n), commune_group, dispositif,
                          capacite_repartir = capacite, relation_enfants = enfants,
                          decouverte_droits_vacances = droits, heures_activites = heures)
  write.table(responses, "responses.csv", sep = ";", quote = FALSE, row.names = FALSE, na = "")
  margins <- data.frame(
    variable = c(rep("dispositif", 4), rep("commune_group", 3)),
    category = c("individuel", "sejour_commun", "sac_ados", "seniors_en_vacances", "avion", "mericourt", "autres"),
    count = c(4800, 2700, 900, 900, 1900, 1300, 6100))
  write.table(margins, "margins.csv", sep = ";", quote = FALSE, row.names = FALSE)
}

responses <- read.csv2("responses.csv", colClasses = "character", na.strings = character(0))
margins <- read.csv2("margins.csv", colClasses = c("character", "character", "numeric"))
cases <- read.csv2("cases.csv", colClasses = "character", na.strings = character(0))
N <- sum(margins$count[margins$variable == margins$variable[1]])
responses$N <- N
for (v in unique(margins$variable))
  responses[[v]] <- factor(responses[[v]], levels = margins$category[margins$variable == v])

base <- svydesign(id = ~1, fpc = ~N, data = responses)

calibrated <- function(vars, low, high) {
  if (length(vars) == 0) return(base)
  formula <- as.formula(paste("~", paste(vars, collapse = " + ")))
  mm <- model.matrix(formula, responses)
  population <- sapply(colnames(mm), function(col) {
    if (col == "(Intercept)") return(N)
    for (v in vars) if (startsWith(col, v)) {
      cat <- substring(col, nchar(v) + 1)
      if (cat %in% margins$category[margins$variable == v])
        return(margins$count[margins$variable == v & margins$category == cat])
    }
    stop("unknown column ", col)
  })
  bounds <- c(if (low == "") -Inf else as.numeric(low), if (high == "") Inf else as.numeric(high))
  calibrate(base, formula, population = population, calfun = "raking", bounds = bounds)
}

fmt <- function(x) sprintf("%.17g", x)
rows <- list()
for (k in seq_len(nrow(cases))) {
  cs <- cases[k, ]
  vars <- if (cs$calibrate == "") character(0) else strsplit(cs$calibrate, "|", fixed = TRUE)[[1]]
  design <- calibrated(vars, cs$bounds_low, cs$bounds_high)
  answer <- responses[[cs$question]]
  excluded <- if (cs$exclude == "") character(0) else strsplit(cs$exclude, "|", fixed = TRUE)[[1]]
  inside <- answer != "" & !(answer %in% excluded)
  if (cs$domain_variable != "") inside <- inside & as.character(responses[[cs$domain_variable]]) == cs$domain_category
  level <- as.numeric(cs$level)
  y <- if (cs$kind == "proportion") as.numeric(answer == cs$value) else suppressWarnings(as.numeric(answer))
  y[!inside] <- 0
  design <- update(design, y = y)
  domain <- design[inside, ]
  m <- svymean(~y, domain, deff = TRUE)
  wald <- confint(m, level = level)
  logit <- if (cs$kind == "proportion") as.numeric(attr(svyciprop(~y, domain, method = "logit", level = level), "ci")) else c(NA, NA)
  rows[[k]] <- data.frame(id = cs$id, n = sum(inside), estimate = fmt(coef(m)), se = fmt(SE(m)),
                          ci_low = fmt(wald[1]), ci_high = fmt(wald[2]),
                          ci_logit_low = fmt(logit[1]), ci_logit_high = fmt(logit[2]),
                          deff = fmt(deff(m)), df = degf(domain))
}
write.table(do.call(rbind, rows), "expected.csv", sep = ";", quote = FALSE, row.names = FALSE)
