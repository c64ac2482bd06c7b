// The FHIR resources the library builds are the community's R4 types (@medplum/fhirtypes) as they
// are: an app passes them to a FHIR client without a cast.
import type { Coding, Extension, Questionnaire, QuestionnaireItemAnswerOption, QuestionnaireResponse } from '@medplum/fhirtypes';
import {
  answersFromQuestionnaireResponse,
  toFhirQuestionnaire,
  toQuestionnaireResponse,
  type FhirAnswerOption,
  type FhirCoding,
  type FhirExtension,
  type FhirQuestionnaire,
  type FhirQuestionnaireResponse,
} from 'stages-quiz';

declare const questionnaire: FhirQuestionnaire;
declare const response: FhirQuestionnaireResponse;
export const r4Questionnaire: Questionnaire = questionnaire;
export const r4Response: QuestionnaireResponse = response;
export const built: Questionnaire = toFhirQuestionnaire(JSON.parse('{}'), 'en');
export const coding: Coding = {} as FhirCoding;
export const extension: Extension = {} as FhirExtension;
export const option: QuestionnaireItemAnswerOption = {} as FhirAnswerOption;
export const built2: Parameters<typeof answersFromQuestionnaireResponse>[1] = r4Response;
// @ts-expect-error: the types are checked (a QuestionnaireResponse is not a Questionnaire)
export const wrong: Questionnaire = response;
void toQuestionnaireResponse;
