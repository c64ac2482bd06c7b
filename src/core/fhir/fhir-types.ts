/**
 * The small part of FHIR R4 this package writes and reads: Questionnaire and QuestionnaireResponse
 * with the elements we use. Not a full model; enough for the compiler to catch misspelt fields.
 * Arrays are plain (not readonly) so that each type is assignable to the community's full R4
 * types (@medplum/fhirtypes; tests/types/fhir) without a cast.
 */

/** A FHIR extension carrying one value. */
export interface FhirExtension {
  readonly url: string;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueString?: string;
  readonly valueCode?: string;
}

export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly extension?: FhirExtension[];
}

/** QuestionnaireResponse.item.answer: exactly one value[x]. */
export interface FhirAnswer {
  readonly valueCoding?: FhirCoding;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly valueString?: string;
  /** Items nested under this answer (the words typed for an option with a text box). */
  readonly item?: FhirResponseItem[];
}

export interface FhirResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: FhirAnswer[];
  /** A group's items (the next step's parts, an if–then pair's halves). */
  readonly item?: FhirResponseItem[];
}

/** FHIR R4 QuestionnaireResponse (the elements this package uses). */
export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly meta?: { readonly tag?: FhirCoding[] };
  readonly language?: string;
  /** Canonical `url|version` of the Questionnaire answered. */
  readonly questionnaire: string;
  readonly status: 'completed' | 'in-progress' | 'amended' | 'entered-in-error' | 'stopped';
  readonly subject?: {
    readonly reference?: string;
    readonly identifier?: { readonly value: string };
    readonly display?: string;
  };
  readonly authored: string;
  readonly item: FhirResponseItem[];
}

export interface FhirEnableWhen {
  readonly question: string;
  readonly operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  readonly answerBoolean?: boolean;
  readonly answerInteger?: number;
  readonly answerCoding?: FhirCoding;
}

export interface FhirAnswerOption {
  readonly valueCoding: FhirCoding;
  readonly extension?: FhirExtension[];
}

export interface FhirQuestionnaireItem {
  readonly linkId: string;
  readonly text: string;
  readonly type: 'choice' | 'integer' | 'decimal' | 'display' | 'group' | 'string' | 'text';
  readonly required?: boolean;
  /** More than one answer (a pick list, a few short texts) or more than one instance (a group). */
  readonly repeats?: boolean;
  readonly maxLength?: number;
  readonly readOnly?: boolean;
  readonly enableWhen?: FhirEnableWhen[];
  readonly enableBehavior?: 'all' | 'any';
  readonly answerOption?: FhirAnswerOption[];
  readonly extension?: FhirExtension[];
  readonly item?: FhirQuestionnaireItem[];
}

/** FHIR R4 Questionnaire (the elements this package uses). */
export interface FhirQuestionnaire {
  readonly resourceType: 'Questionnaire';
  readonly language?: string;
  readonly url: string;
  readonly version: string;
  readonly name?: string;
  readonly title: string;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly description?: string;
  readonly copyright?: string;
  readonly item: FhirQuestionnaireItem[];
}
